package java.net;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A Uniform Resource Locator.
 *
 * crema: URLs are parsed into protocol, authority, file and reference;
 * only {@code file:} and {@code jar:file:...!/entry} URLs can be opened.
 */
public final class URL implements java.io.Serializable {
    private final String protocol;
    private final String host;
    private final int port;
    private final String file;
    private final String ref;

    /** Parses {@code spec}, such as {@code file:/tmp/classes/}. */
    public URL(String spec) throws MalformedURLException {
        if (spec == null) {
            throw new MalformedURLException("null input");
        }
        String s = spec.trim();
        int colon = s.indexOf(':');
        if (colon <= 0 || !isScheme(s.substring(0, colon))) {
            throw new MalformedURLException("no protocol: " + spec);
        }
        String p = s.substring(0, colon).toLowerCase();
        if (!p.equals("file") && !p.equals("jar") && !p.equals("http") && !p.equals("https")) {
            throw new MalformedURLException("unknown protocol: " + p);
        }
        String rest = s.substring(colon + 1);
        String r = null;
        int hash = rest.indexOf('#');
        if (hash >= 0) {
            r = rest.substring(hash + 1);
            rest = rest.substring(0, hash);
        }
        String h = "";
        int pt = -1;
        if (!p.equals("jar") && rest.startsWith("//")) {
            int slash = rest.indexOf('/', 2);
            String authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
            rest = slash < 0 ? "" : rest.substring(slash);
            int c = authority.lastIndexOf(':');
            if (c >= 0) {
                try {
                    pt = Integer.parseInt(authority.substring(c + 1));
                } catch (NumberFormatException e) {
                    throw new MalformedURLException("For input string: \"" + authority.substring(c + 1) + "\"");
                }
                authority = authority.substring(0, c);
            }
            h = authority;
        }
        if (p.equals("jar") && rest.indexOf("!/") < 0) {
            throw new MalformedURLException("no !/ in spec");
        }
        this.protocol = p;
        this.host = h;
        this.port = pt;
        this.file = rest;
        this.ref = r;
    }

    /** A URL of {@code protocol} on {@code host} for {@code file}. */
    public URL(String protocol, String host, int port, String file) throws MalformedURLException {
        this(protocol + ":" + (host == null || host.isEmpty() ? "" : "//" + host + (port == -1 ? "" : ":" + port)) + file);
    }

    public URL(String protocol, String host, String file) throws MalformedURLException {
        this(protocol, host, -1, file);
    }

    private static boolean isScheme(String s) {
        if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '+' && c != '-' && c != '.') {
                return false;
            }
        }
        return true;
    }

    public String getProtocol() {
        return protocol;
    }

    public String getHost() {
        return host;
    }

    public int getPort() {
        return port;
    }

    public int getDefaultPort() {
        return protocol.equals("http") ? 80 : protocol.equals("https") ? 443 : -1;
    }

    public String getFile() {
        return file;
    }

    public String getPath() {
        int q = file.indexOf('?');
        return q < 0 ? file : file.substring(0, q);
    }

    public String getQuery() {
        int q = file.indexOf('?');
        return q < 0 ? null : file.substring(q + 1);
    }

    public String getRef() {
        return ref;
    }

    public String getAuthority() {
        return host.isEmpty() ? null : port == -1 ? host : host + ":" + port;
    }

    public String toExternalForm() {
        StringBuilder sb = new StringBuilder(protocol).append(':');
        if (!host.isEmpty()) {
            sb.append("//").append(getAuthority());
        }
        sb.append(file);
        if (ref != null) {
            sb.append('#').append(ref);
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toExternalForm();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof URL && ((URL) o).toExternalForm().equals(toExternalForm());
    }

    @Override
    public int hashCode() {
        return toExternalForm().hashCode();
    }

    /** Opens the resource for reading ({@code file:} and {@code jar:} only). */
    public InputStream openStream() throws IOException {
        if (!protocol.equals("file") && !protocol.equals("jar")) {
            throw new IOException("crema cannot open " + protocol + " URLs");
        }
        byte[] bytes = read0(toExternalForm());
        if (bytes == null) {
            throw new FileNotFoundException(getPath());
        }
        return new ByteArrayInputStream(bytes);
    }

    private static native byte[] read0(String spec);
}
