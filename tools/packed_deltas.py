"""Ascending integers as LEB128 varints of their differences, the first from 0: the packing of the generated tables that
src/ChsiValidation/PackedDeltas.cs unpacks (about one byte a value instead of four)."""


def varints(values):
    out = bytearray()
    previous = 0
    for v in values:
        delta = v - previous
        previous = v
        while delta >= 0x80:
            out.append((delta & 0x7F) | 0x80)
            delta >>= 7
        out.append(delta)
    return out
