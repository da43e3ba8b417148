"""Codes: issuance, label authorisation, activation, voiding, lookup and the print-shop export.

A code is a keyed permutation of a sequence number (design decision 1): a batch is one row however
many codes it holds, and a code decodes back to its sequence number, hence its batch, on lookup.
"""
