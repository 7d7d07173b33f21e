"""Volunteer mode: the PIN screen, the volunteer home and one module per volunteer tool.

Tools (this package's own and the coordinator's) reach the home screen through
`registry`, so neither package has to import the other's screens.
"""
