"""ESCO codes the matching tests use (from the bundled taxonomy)."""

WELDER = "7aedaa07-3884-4c5b-88f9-80997b2aa54b"  # ISCO 7212
PIPE_WELDER = "2ff73126-7aff-4233-9d9c-d8725e1c6822"  # ISCO 7212
BOILERMAKER = "5ed024ab-3b6a-4e06-a7fe-8a29f8469a64"  # ISCO 7213 (minor group 721)
RIVETER = "0a7e24a8-19bd-4b45-83f0-f05d8fedf62d"  # ISCO 7214
COOK = "90f75f67-495d-49fa-ab57-2f320e251d7e"  # ISCO 5120
PLUMBER = "ed3cf43d-c2c1-4c46-82fc-1375e27e0290"  # ISCO 7126

TIG = "a51adea8-bf02-488a-a0d8-b0961caca5b0"  # perform tungsten inert gas welding
ARC = "27d26fd6-5795-4f0a-884e-112df7c68314"  # apply arc welding techniques
EQUIPMENT = "2ee57de4-bffd-4194-b009-0060edec77cc"  # use welding equipment
DRAWINGS = "b07daddc-8625-4360-946e-ad2b0e56ebf6"  # read engineering drawings
SAFETY = "499c05a2-6f36-4407-83c1-dc3448d35818"  # ensure public safety and security
