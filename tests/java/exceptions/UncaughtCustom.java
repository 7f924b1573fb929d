public class UncaughtCustom {
    static class MyChecked extends Exception {
        MyChecked(String m, Throwable cause) {
            super(m, cause);
        }
    }

    public static void main(String[] args) throws Exception {
        System.out.println("before");
        try {
            Object o = null;
            o.hashCode();
        } catch (NullPointerException e) {
            System.out.println("wrapping " + e.getClass().getSimpleName());
            throw new MyChecked("checked from main", e);
        } finally {
            System.out.println("finally");
        }
        System.out.println("unreachable at runtime");
    }
}
