import java.util.HashMap;
import java.util.Map;

public class TinyVM {
    static final int PUSH = 0, ADD = 1, SUB = 2, MUL = 3, DIV = 4, DUP = 5, SWAP = 6, JMP = 7, JZ = 8, LOAD = 9,
        STORE = 10, PRINT = 11, HALT = 12, LT = 13, CALL = 14, RET = 15, POP = 16, MOD = 17;
    static final String[] NAMES = {"PUSH", "ADD", "SUB", "MUL", "DIV", "DUP", "SWAP", "JMP", "JZ", "LOAD", "STORE", "PRINT",
        "HALT", "LT", "CALL", "RET", "POP", "MOD"};

    static class VMError extends RuntimeException {
        VMError(String m) {
            super(m);
        }
    }

    static class Machine {
        final long[] stack = new long[64];
        int sp;
        final int[] callStack = new int[16];
        int csp;
        final long[] vars = new long[8];
        final StringBuilder out = new StringBuilder();
        long steps;

        void push(long v) {
            if (sp == stack.length) throw new VMError("stack overflow");
            stack[sp++] = v;
        }

        long pop() {
            if (sp == 0) throw new VMError("stack underflow");
            return stack[--sp];
        }

        void run(int[] code) {
            int pc = 0;
            while (true) {
                if (pc < 0 || pc >= code.length) throw new VMError("pc out of range: " + pc);
                int op = code[pc++];
                steps++;
                switch (op) {
                    case PUSH: push(code[pc++]); break;
                    case ADD: push(pop() + pop()); break;
                    case SUB: { long b = pop(), a = pop(); push(a - b); break; }
                    case MUL: push(pop() * pop()); break;
                    case DIV: {
                        long b = pop(), a = pop();
                        if (b == 0) throw new VMError("division by zero at pc " + (pc - 1));
                        push(a / b);
                        break;
                    }
                    case MOD: { long b = pop(), a = pop(); push(a % b); break; }
                    case DUP: { long v = pop(); push(v); push(v); break; }
                    case SWAP: { long b = pop(), a = pop(); push(b); push(a); break; }
                    case POP: pop(); break;
                    case JMP: pc = code[pc]; break;
                    case JZ: { int target = code[pc++]; if (pop() == 0) pc = target; break; }
                    case LT: { long b = pop(), a = pop(); push(a < b ? 1 : 0); break; }
                    case LOAD: push(vars[code[pc++]]); break;
                    case STORE: vars[code[pc++]] = pop(); break;
                    case PRINT: out.append(pop()).append(' '); break;
                    case CALL: callStack[csp++] = pc + 1; pc = code[pc]; break;
                    case RET: pc = callStack[--csp]; break;
                    case HALT: return;
                    default: throw new VMError("bad opcode " + op);
                }
            }
        }
    }

    static int[] assemble(String src) {
        String[] lines = src.split(";");
        Map<String, Integer> labels = new HashMap<>();
        int addr = 0;
        for (String line : lines) {
            String l = line.trim();
            if (l.isEmpty()) continue;
            if (l.endsWith(":")) {
                labels.put(l.substring(0, l.length() - 1), addr);
                continue;
            }
            addr += l.indexOf(' ') >= 0 ? 2 : 1;
        }
        int[] code = new int[addr];
        int pc = 0;
        for (String line : lines) {
            String l = line.trim();
            if (l.isEmpty() || l.endsWith(":")) continue;
            String[] parts = l.split(" ");
            int op = -1;
            for (int i = 0; i < NAMES.length; i++) if (NAMES[i].equals(parts[0])) op = i;
            if (op < 0) throw new VMError("unknown instruction " + parts[0]);
            code[pc++] = op;
            if (parts.length > 1) {
                Integer label = labels.get(parts[1]);
                code[pc++] = label != null ? label : Integer.parseInt(parts[1]);
            }
        }
        return code;
    }

    static void runProgram(String name, String src) {
        Machine m = new Machine();
        try {
            int[] code = assemble(src);
            m.run(code);
            System.out.println(name + ": " + m.out.toString().trim() + " (" + code.length + " words, " + m.steps + " steps)");
        } catch (VMError e) {
            System.out.println(name + ": error: " + e.getMessage() + " after output [" + m.out.toString().trim() + "]");
        }
    }

    public static void main(String[] args) {
        runProgram("arith", "PUSH 6; PUSH 7; MUL; PUSH 2; SUB; PRINT; PUSH 100; PUSH 7; MOD; PRINT; HALT");
        runProgram("countdown", "PUSH 5; STORE 0; loop:; LOAD 0; DUP; PRINT; PUSH 1; SUB; DUP; STORE 0; JZ end; JMP loop; end:; HALT");
        runProgram("factorial",
            "PUSH 1; STORE 1; PUSH 20; STORE 0; loop:; LOAD 0; JZ done; LOAD 1; LOAD 0; MUL; STORE 1; LOAD 0; PUSH 1; SUB; STORE 0; JMP loop; done:; LOAD 1; PRINT; HALT");
        runProgram("fib",
            "PUSH 0; STORE 0; PUSH 1; STORE 1; PUSH 0; STORE 2; loop:; LOAD 2; PUSH 15; LT; JZ end; LOAD 0; PRINT; LOAD 0; LOAD 1; ADD; LOAD 1; STORE 0; STORE 1; LOAD 2; PUSH 1; ADD; STORE 2; JMP loop; end:; HALT");
        runProgram("subroutine", "PUSH 3; CALL square; PRINT; PUSH 12; CALL square; PRINT; HALT; square:; DUP; MUL; RET");
        runProgram("primes",
            "PUSH 2; STORE 0; outer:; LOAD 0; PUSH 50; LT; JZ fin; PUSH 2; STORE 1; inner:; LOAD 1; LOAD 1; MUL; LOAD 0; PUSH 1; ADD; LT; JZ prime; "
                + "LOAD 0; LOAD 1; MOD; JZ next; LOAD 1; PUSH 1; ADD; STORE 1; JMP inner; prime:; LOAD 0; PRINT; next:; LOAD 0; PUSH 1; ADD; STORE 0; JMP outer; fin:; HALT");
        runProgram("divzero", "PUSH 1; PRINT; PUSH 5; PUSH 0; DIV; PRINT; HALT");
        runProgram("underflow", "PUSH 1; ADD; HALT");
        runProgram("badop", "PUSH 1; FROB; HALT");
        runProgram("runaway", "PUSH 1; PRINT");
        runProgram("overflow", "loop:; PUSH 1; JMP loop");
    }
}
