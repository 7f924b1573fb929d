public class ExceptionChaining {
    static class DataException extends Exception {
        DataException(String m, Throwable cause) {
            super(m, cause);
        }
    }

    static class ServiceException extends RuntimeException {
        ServiceException(String m, Throwable cause) {
            super(m, cause);
        }
    }

    static int parse(String s) throws DataException {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new DataException("cannot parse '" + s + "'", e);
        }
    }

    static int service(String s) {
        try {
            return parse(s) * 2;
        } catch (DataException e) {
            throw new ServiceException("service failed", e);
        }
    }

    public static void main(String[] args) {
        System.out.println(service("21"));
        try {
            service("forty");
        } catch (ServiceException e) {
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) {
                StringBuilder indent = new StringBuilder();
                for (int i = 0; i < depth; i++) indent.append("  ");
                System.out.println(indent + t.getClass().getName() + ": " + t.getMessage());
                depth++;
            }
        }
        // cause passed through constructors of different kinds
        IllegalStateException top = new IllegalStateException("top", new ArithmeticException("bottom"));
        System.out.println(top.getCause() + " | " + top.getCause().getCause());
        Error err = new Error("error with cause", top);
        System.out.println(err.getCause().getMessage() + " / " + err.getCause().getCause().getMessage());
        // cause constructor message
        RuntimeException wrapped = new RuntimeException(new IllegalArgumentException("inner message"));
        System.out.println(wrapped.getMessage());
        System.out.println(wrapped);
        RuntimeException wrapped2 = new RuntimeException(new IllegalArgumentException());
        System.out.println(wrapped2.getMessage());
        Exception noCause = new Exception("no cause");
        System.out.println(noCause.getCause());
        // getLocalizedMessage defaults to getMessage
        System.out.println(new Exception("localized").getLocalizedMessage());
        // exception as a value
        Throwable[] collected = new Throwable[3];
        for (int i = 0; i < 3; i++) {
            try {
                if (i == 0) throw new IllegalArgumentException("zero");
                if (i == 1) {
                    Object o = "string";
                    Integer bad = (Integer) o;
                    System.out.println(bad);
                }
                if (i == 2) throw new StackOverflowError("fake overflow");
            } catch (Throwable t) {
                collected[i] = t;
            }
        }
        for (Throwable t : collected) {
            System.out.println(t.getClass().getName() + " isError=" + (t instanceof Error) + " isException=" + (t instanceof Exception));
        }
    }
}
