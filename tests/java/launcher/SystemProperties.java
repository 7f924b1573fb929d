public class SystemProperties {
    public static void main(String[] args) {
        System.out.println(System.getProperty("crema.test"));
        System.out.println("[" + System.getProperty("crema.empty") + "]");
        System.out.println(System.getProperty("crema.missing"));
        System.out.println(System.getProperty("crema.missing", "fallback"));
        System.out.println(System.getProperty("crema.override"));
        System.out.println(System.getProperty("line.separator").equals("\n"));
        System.out.println(System.getProperty("file.separator") + " " + System.getProperty("path.separator"));
        System.out.println(System.setProperty("crema.test", "changed"));
        System.out.println(System.getProperty("crema.test"));
        try {
            System.getProperty("");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            System.getProperty(null);
        } catch (NullPointerException e) {
            System.out.println(e.getMessage());
        }
    }
}
