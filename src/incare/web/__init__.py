"""The Django application: organisations, people, children's records, worklists, audit."""
