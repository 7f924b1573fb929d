package java.io;

/** A destination whose buffered output can be flushed. */
public interface Flushable {
    void flush() throws IOException;
}
