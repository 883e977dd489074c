"""``python -m lantern.cli``: the ``lantern`` command, as the parallel build starts its shards."""

import sys

from lantern.cli.command import main

sys.exit(main())
