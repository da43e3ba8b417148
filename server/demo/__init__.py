"""Demo data modelled on seed 000: a peanut-oil brand, its factory, dealers and stores."""
