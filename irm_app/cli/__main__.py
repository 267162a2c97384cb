"""`python -m irm_app.cli`: the same as the `irm-app` command."""

import sys

from . import main

sys.exit(main())
