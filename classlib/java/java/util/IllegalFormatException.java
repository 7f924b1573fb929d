package java.util;

/**
 * Base class of the unchecked exceptions thrown for malformed format strings or format/argument mismatches.
 */
public class IllegalFormatException extends IllegalArgumentException {

    IllegalFormatException() {
    }
}
