public class CustomExceptions {
    static class AppException extends Exception {
        private final int code;

        AppException(String message, int code) {
            super(message);
            this.code = code;
        }

        AppException(String message, int code, Throwable cause) {
            super(message, cause);
            this.code = code;
        }

        int code() {
            return code;
        }
    }

    static class ValidationException extends AppException {
        final String field;

        ValidationException(String field, String message) {
            super(field + ": " + message, 400);
            this.field = field;
        }
    }

    static class NotFoundException extends AppException {
        NotFoundException(String what) {
            super(what + " not found", 404);
        }
    }

    static class FatalError extends RuntimeException {
        FatalError(String message) {
            super(message);
        }

        @Override
        public String getMessage() {
            return "FATAL(" + super.getMessage() + ")";
        }
    }

    static class Silent extends RuntimeException {
        Silent() {
            super();
        }

        @Override
        public String toString() {
            return "Silent exception with custom toString";
        }
    }

    static String lookup(String key) throws AppException {
        if (key == null) throw new ValidationException("key", "must not be null");
        if (key.isEmpty()) throw new ValidationException("key", "must not be empty");
        if (key.startsWith("x")) throw new NotFoundException("item '" + key + "'");
        if (key.equals("boom")) throw new FatalError("unrecoverable");
        if (key.equals("quiet")) throw new Silent();
        if (key.equals("wrap")) {
            try {
                Integer.parseInt(key);
            } catch (NumberFormatException e) {
                throw new AppException("wrapped parse failure", 500, e);
            }
        }
        return "value-of-" + key;
    }

    public static void main(String[] args) {
        String[] keys = {"abc", null, "", "xyz", "boom", "quiet", "wrap"};
        for (String k : keys) {
            try {
                System.out.println("ok: " + lookup(k));
            } catch (ValidationException e) {
                System.out.println("validation [" + e.field + "] " + e.getMessage() + " code=" + e.code());
            } catch (NotFoundException e) {
                System.out.println("not found: " + e.getMessage() + " code=" + e.code());
            } catch (AppException e) {
                System.out.println("app: " + e.getMessage() + " code=" + e.code() + " cause=" + e.getCause());
            } catch (RuntimeException e) {
                System.out.println("runtime: " + e + " | message=" + e.getMessage());
            }
        }
        // catching by the common superclass
        int errors = 0;
        for (String k : keys) {
            try {
                lookup(k);
            } catch (Exception e) {
                errors++;
                System.out.println("  " + e.getClass().getSimpleName() + " is AppException: " + (e instanceof AppException)
                    + ", is RuntimeException: " + (e instanceof RuntimeException));
            }
        }
        System.out.println("errors = " + errors);
        // toString formats
        System.out.println(new AppException("msg", 1));
        System.out.println(new ValidationException("f", "bad"));
        System.out.println(new FatalError("x"));
        System.out.println(new Exception());
        System.out.println(new Exception((String) null));
        System.out.println(new RuntimeException(""));
        System.out.println(new Error("an error"));
        System.out.println(new Throwable("a throwable"));
        Exception withCause = new Exception(new IllegalStateException("root"));
        System.out.println(withCause + " | message=" + withCause.getMessage());
        Exception nullCause = new RuntimeException((Throwable) null);
        System.out.println(nullCause + " | message=" + nullCause.getMessage());
    }
}
