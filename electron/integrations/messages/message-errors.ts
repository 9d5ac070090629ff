/**
 * The two ways a message can be wrong. A MessageFormatError is about XML we received (not well-formed, or missing
 * what the spec requires); a MessageInputError is about data we were asked to send that the spec forbids. Both
 * name the element or rule at fault, so a log line or an AppRec error text can say which.
 */
export class MessageFormatError extends Error {
  override readonly name = 'MessageFormatError';
}

export class MessageInputError extends Error {
  override readonly name = 'MessageInputError';
}
