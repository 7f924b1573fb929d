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
    exports java.nio;
    exports java.nio.channels;
    exports java.nio.charset;
    exports java.nio.file;
    exports java.nio.file.attribute;
    exports java.util;
    exports java.util.concurrent;
    exports java.util.function;
    exports java.util.regex;
    exports java.util.stream;
}
