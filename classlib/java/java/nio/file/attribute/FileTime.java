package java.nio.file.attribute;

/**
 * A file's time stamp (crema keeps millisecond precision). Its string form
 * is ISO 8601 in UTC, "1970-01-01T00:00:00Z", with as many fraction digits
 * as needed.
 */
public final class FileTime implements Comparable<FileTime> {
    private final long millis;

    private FileTime(long millis) {
        this.millis = millis;
    }

    public static FileTime fromMillis(long value) {
        return new FileTime(value);
    }

    public long toMillis() {
        return millis;
    }

    @Override
    public int compareTo(FileTime other) {
        return Long.compare(millis, other.millis);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof FileTime && ((FileTime) obj).millis == millis;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(millis);
    }

    @Override
    public String toString() {
        long secs = Math.floorDiv(millis, 1000L);
        int ms = (int) Math.floorMod(millis, 1000L);
        long days = Math.floorDiv(secs, 86400L);
        int secOfDay = (int) Math.floorMod(secs, 86400L);
        // civil date from days since 1970-01-01 (proleptic Gregorian)
        long z = days + 719468;
        long era = Math.floorDiv(z, 146097L);
        long doe = z - era * 146097;
        long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        long y = yoe + era * 400;
        long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        long mp = (5 * doy + 2) / 153;
        long d = doy - (153 * mp + 2) / 5 + 1;
        long m = mp < 10 ? mp + 3 : mp - 9;
        if (m <= 2) {
            y++;
        }
        StringBuilder sb = new StringBuilder(32);
        if (y < 0) {
            sb.append('-');
        }
        pad(sb, Math.abs(y), 4);
        sb.append('-');
        pad(sb, m, 2);
        sb.append('-');
        pad(sb, d, 2);
        sb.append('T');
        pad(sb, secOfDay / 3600, 2);
        sb.append(':');
        pad(sb, (secOfDay / 60) % 60, 2);
        sb.append(':');
        pad(sb, secOfDay % 60, 2);
        if (ms != 0) {
            sb.append('.');
            StringBuilder frac = new StringBuilder();
            pad(frac, ms, 3);
            int len = frac.length();
            while (frac.charAt(len - 1) == '0') {
                len--;
            }
            sb.append(frac, 0, len);
        }
        sb.append('Z');
        return sb.toString();
    }

    private static void pad(StringBuilder sb, long v, int width) {
        String s = Long.toString(v);
        for (int i = s.length(); i < width; i++) {
            sb.append('0');
        }
        sb.append(s);
    }
}
