/** RFC 9110, Section 5.1: a field name is a token. Shared by the `requestId` option and `err.headers`. */
export const FIELD_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
