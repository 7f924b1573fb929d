// Runtime's memory figures describe the heap: free <= total <= max, max
// within -Xmx, and a collection gives back what garbage used.
public class RuntimeMemory {
    public static void main(String[] args) {
        Runtime rt = Runtime.getRuntime();
        long max = rt.maxMemory();
        long total = rt.totalMemory();
        long free = rt.freeMemory();
        System.out.println("free <= total <= max: " + (free <= total && total <= max));
        System.out.println("max within -Xmx64m: " + (max <= 64L * 1024 * 1024 && max > 32L * 1024 * 1024));
        Object[] garbage = new Object[200];
        for (int i = 0; i < garbage.length; i++) {
            garbage[i] = new byte[50 * 1024];
        }
        long usedWithGarbage = rt.totalMemory() - rt.freeMemory();
        garbage = null;
        System.gc();
        long usedAfter = rt.totalMemory() - rt.freeMemory();
        System.out.println("gc reclaimed at least 5 MB: " + (usedWithGarbage - usedAfter > 5L * 1024 * 1024));
        System.out.println("still consistent: " + (rt.freeMemory() <= rt.totalMemory() && rt.totalMemory() <= rt.maxMemory()));
    }
}
