"""A fact's day (:mod:`.dates`: when a truce starts, an event happened, a summit is
held, a measure was introduced): the role a day has in its sentence (:mod:`.day_roles`), the
readings after the roles (:mod:`.day_readings`), relative days, periods, years.

Above ``bylines``; a new reading of whose a day is goes here.
"""
