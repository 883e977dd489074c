"""``lantern new``: a working site for any council in the national data, or a blank one.

``council`` chooses what a council's site starts from (the council, its groups, the
measures the national data hold), as pure functions of the national tables; ``site``
writes the files, filled in from the starter files in ``files/``.
"""
