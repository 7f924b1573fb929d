/**
 * crema's class library: the java.base module, written for crema from the
 * Java SE API documentation.
 */
module java.base {
    exports crema.vm;
    exports java.io;
    exports java.lang;
    exports java.lang.annotation;
    exports java.lang.invoke;
    exports java.lang.ref;
    exports java.lang.reflect;
    exports java.lang.runtime;
    exports java.math;
    exports java.net;
    exports java.util;
    exports java.util.function;
    exports java.util.regex;
}
