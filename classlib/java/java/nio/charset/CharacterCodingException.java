package java.nio.charset;

/** A char could not be encoded or a byte sequence decoded. */
public class CharacterCodingException extends java.io.IOException {
    public CharacterCodingException() {
    }
}
