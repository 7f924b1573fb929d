import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

public class ExpressionEvaluator {
    static class ParseException extends RuntimeException {
        ParseException(String msg) {
            super(msg);
        }
    }

    static abstract class Node {
        abstract double eval(Map<String, Double> env);

        abstract String show();
    }

    static class Num extends Node {
        final double v;

        Num(double v) {
            this.v = v;
        }

        double eval(Map<String, Double> env) {
            return v;
        }

        String show() {
            return v == Math.floor(v) && Math.abs(v) < 1e9 ? Long.toString((long) v) : Double.toString(v);
        }
    }

    static class Var extends Node {
        final String name;

        Var(String name) {
            this.name = name;
        }

        double eval(Map<String, Double> env) {
            Double v = env.get(name);
            if (v == null) throw new ParseException("unknown variable " + name);
            return v;
        }

        String show() {
            return name;
        }
    }

    static class Bin extends Node {
        final char op;
        final Node l, r;

        Bin(char op, Node l, Node r) {
            this.op = op;
            this.l = l;
            this.r = r;
        }

        double eval(Map<String, Double> env) {
            double a = l.eval(env), b = r.eval(env);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '/': return a / b;
                case '%': return a % b;
                case '^': return Math.pow(a, b);
                default: throw new IllegalStateException("bad op " + op);
            }
        }

        String show() {
            return "(" + l.show() + " " + op + " " + r.show() + ")";
        }
    }

    static class Neg extends Node {
        final Node e;

        Neg(Node e) {
            this.e = e;
        }

        double eval(Map<String, Double> env) {
            return -e.eval(env);
        }

        String show() {
            return "-" + e.show();
        }
    }

    static class Parser {
        private final String src;
        private int pos;

        Parser(String src) {
            this.src = src;
        }

        Node parse() {
            Node n = expr();
            skip();
            if (pos < src.length()) throw new ParseException("unexpected '" + src.charAt(pos) + "' at " + pos);
            return n;
        }

        private void skip() {
            while (pos < src.length() && src.charAt(pos) == ' ') pos++;
        }

        private boolean eat(char c) {
            skip();
            if (pos < src.length() && src.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private Node expr() {
            Node n = term();
            while (true) {
                if (eat('+')) n = new Bin('+', n, term());
                else if (eat('-')) n = new Bin('-', n, term());
                else return n;
            }
        }

        private Node term() {
            Node n = factor();
            while (true) {
                if (eat('*')) n = new Bin('*', n, factor());
                else if (eat('/')) n = new Bin('/', n, factor());
                else if (eat('%')) n = new Bin('%', n, factor());
                else return n;
            }
        }

        private Node factor() {
            Node base = unary();
            if (eat('^')) return new Bin('^', base, factor()); // right associative
            return base;
        }

        private Node unary() {
            if (eat('-')) return new Neg(unary());
            if (eat('+')) return unary();
            return atom();
        }

        private Node atom() {
            skip();
            if (eat('(')) {
                Node n = expr();
                if (!eat(')')) throw new ParseException("expected ')' at " + pos);
                return n;
            }
            int start = pos;
            if (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) {
                while (pos < src.length() && (Character.isDigit(src.charAt(pos)) || src.charAt(pos) == '.')) pos++;
                return new Num(Double.parseDouble(src.substring(start, pos)));
            }
            if (pos < src.length() && Character.isLetter(src.charAt(pos))) {
                while (pos < src.length() && Character.isLetterOrDigit(src.charAt(pos))) pos++;
                return new Var(src.substring(start, pos));
            }
            throw new ParseException(pos < src.length() ? "unexpected '" + src.charAt(pos) + "' at " + pos : "unexpected end of input");
        }
    }

    public static void main(String[] args) {
        Map<String, Double> env = new HashMap<>();
        env.put("x", 3.0);
        env.put("y", -2.5);
        env.put("rate", 0.25);
        List<String> inputs = new ArrayList<>();
        String[] raw = {
            "1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "10 / 4", "10 % 4 + 0.5", "x * x + y",
            "((x))", "-(-x)", "1 / 0", "0 / 0 + 1", "rate * 100 - x / 2", "2 * (3 + 4) * (5 - 1) / 7",
            "1 +", "(1 + 2", "3 $ 4", "z + 1", "1.5 * 4", "100 - 99 - 1", "2 ^ 10 - 1000", ""
        };
        for (String r : raw) inputs.add(r);
        for (String in : inputs) {
            try {
                Node n = new Parser(in).parse();
                double v = n.eval(env);
                System.out.println(in + "  =>  " + n.show() + "  =  " + v);
            } catch (ParseException e) {
                System.out.println(in + "  =>  error: " + e.getMessage());
            }
        }
    }
}
