// The InputError a call throws (any other error, or none, fails the test): for tests that check
// an error's path, code and one-line message.
import { InputError } from "../../src/model/errors.js";

export function thrownInputError(f: () => unknown): InputError {
  try {
    f();
  } catch (e) {
    if (e instanceof InputError) return e;
    throw e;
  }
  throw new Error("expected an InputError");
}
