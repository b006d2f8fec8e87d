"""The DfE SSDA903 return ("903"): tables per collection year, readers, validation, writers."""
