# A statement indented 300 columns: refused at its own line and column (tree-sitter-python's scanner
# stores indentation one byte per level), never misread.
if True:
                                                                                                                                                                                                                                                                                                            print('deep')
# expect error: 4:301: statement indented 300 columns deep
