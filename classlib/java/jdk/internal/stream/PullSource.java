package jdk.internal.stream;

/**
 * A pipeline's output as a pull-style {@link Source} (for iterator(),
 * concat and short-circuiting flatMap): each tryAdvance pushes source
 * elements through the pipeline's sinks into a small buffer until at least
 * one output element is there, then hands out one.
 */
final class PullSource extends Source {
    static final int REF = 0;
    static final int INT = 1;
    static final int LONG = 2;
    static final int DOUBLE = 3;

    private final Source source;
    private final Sink head;
    private final Buffer buffer;
    private final AbstractPipeline stage;
    private boolean started;
    private boolean finished;

    PullSource(Source source, Sink head, Buffer buffer, AbstractPipeline stage) {
        this.source = source;
        this.head = head;
        this.buffer = buffer;
        this.stage = stage;
    }

    public boolean sized() {
        return stage.sized && source.sized();
    }

    public long exactSize() {
        return started ? -1 : stage.outputSize(source.exactSize());
    }

    public long estimateSize() {
        return source.estimateSize();
    }

    public boolean tryAdvance(Sink sink) {
        Buffer b = buffer;
        if (b.read == b.count) {
            b.read = 0;
            b.count = 0;
            if (!started) {
                started = true;
                head.begin(stage.sized ? source.exactSize() : -1);
            }
            while (b.count == 0 && !finished) {
                if (head.cancellationRequested() || !source.tryAdvance(head)) {
                    finished = true;
                    head.end();
                }
            }
            if (b.count == 0) {
                return false;
            }
        }
        b.emit(sink);
        return true;
    }

    /** Collects the pipeline's output elements of one shape. */
    static final class Buffer extends Sink {
        private final int shape;
        private Object[] refs;
        private long[] bits;
        int read;
        int count;

        Buffer(int shape) {
            this.shape = shape;
            if (shape == REF) {
                refs = new Object[4];
            } else {
                bits = new long[4];
            }
        }

        void emit(Sink sink) {
            int i = read++;
            switch (shape) {
                case REF: {
                    Object t = refs[i];
                    refs[i] = null;
                    sink.accept(t);
                    break;
                }
                case INT:
                    sink.accept((int) bits[i]);
                    break;
                case LONG:
                    sink.accept(bits[i]);
                    break;
                default:
                    sink.accept(Double.longBitsToDouble(bits[i]));
                    break;
            }
        }

        public void accept(Object t) {
            if (count == refs.length) {
                refs = java.util.Arrays.copyOf(refs, count * 2);
            }
            refs[count++] = t;
        }

        private void add(long v) {
            if (count == bits.length) {
                bits = java.util.Arrays.copyOf(bits, count * 2);
            }
            bits[count++] = v;
        }

        public void accept(int v) {
            add(v);
        }

        public void accept(long v) {
            add(v);
        }

        public void accept(double v) {
            add(Double.doubleToRawLongBits(v));
        }
    }
}
