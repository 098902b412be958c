"""`pip install ./bindings/python` works offline (--no-index --no-build-isolation: Debian's pip and
setuptools, nothing downloaded), and the installed package imports and runs a snippet. The interpreter is
the first of this one and Debian's /usr/bin/python3 that has pip, setuptools and wheel (a pyenv build may
lack wheel, which a --no-build-isolation install needs)."""

import os
import shutil
import subprocess
import sys
import tempfile
import unittest

PKG = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "bindings", "python")


def installer():
    for python in (sys.executable, "/usr/bin/python3"):
        if os.path.exists(python) and subprocess.run([python, "-c", "import setuptools, wheel, pip"],
                                                     capture_output=True).returncode == 0:
            return python
    return None


PYTHON = installer()


@unittest.skipUnless(PYTHON, "no python3 here has pip, setuptools and wheel")
class InstallTest(unittest.TestCase):
    def test_pip_install_offline(self):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "src")  # a copy: an in-tree build writes build/ and *.egg-info
            shutil.copytree(PKG, src, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__"))
            site = os.path.join(tmp, "site")
            out = subprocess.run([PYTHON, "-m", "pip", "install", "--no-index", "--no-build-isolation",
                                  "--disable-pip-version-check", "--target", site, src],
                                 capture_output=True, text=True, timeout=300)
            self.assertEqual(out.returncode, 0, out.stdout + out.stderr)
            env = dict(os.environ, PYTHONPATH=site)
            run = subprocess.run([PYTHON, "-c",
                                  "import pith; print(pith.__file__); print(pith.compile('6 * 7').run().value)"],
                                 capture_output=True, text=True, env=env, cwd=tmp, timeout=120)
            self.assertEqual(run.returncode, 0, run.stderr)
            where, value = run.stdout.split()
            self.assertTrue(where.startswith(site), where)
            self.assertEqual(value, "42")


if __name__ == "__main__":
    unittest.main()
