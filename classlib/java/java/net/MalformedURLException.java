package java.net;

import java.io.IOException;

/** A string could not be parsed as a URL, or names an unknown protocol. */
public class MalformedURLException extends IOException {
    public MalformedURLException() {
        super();
    }

    public MalformedURLException(String msg) {
        super(msg);
    }
}
