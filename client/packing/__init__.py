"""The packing station's parts that are not windows: the durable scan queue and the sounds."""
