# A name typing does not have cannot be imported (CPython: ImportError when the line runs; pith: at compile time).
from typing import List, Sequense
# expect error: 2:26: cannot import name 'Sequense' from 'typing'
