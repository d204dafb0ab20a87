/** A GUID as AvePoint writes organisation ids (any case), the one spelling every reader builds on. */
export const HEX_GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** Exactly a GUID. */
export const GUID = new RegExp(`^${HEX_GUID}$`, 'i');
/** A GUID as callers may send it: optionally in braces. */
export const GUID_PATTERN = new RegExp(`^\\{?${HEX_GUID}\\}?$`, 'i');
