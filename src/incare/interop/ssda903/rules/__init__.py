"""One module per DfE SSDA903 validation rule, named by its code (`rule_101.py`)."""
