# Indentation deeper than 255 columns.
if True:
                                                                                                                                                                                                                                                                                                            print('deep')
# expect: deep
