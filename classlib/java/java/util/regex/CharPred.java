package java.util.regex;

/**
 * A set of code points: what a character class, a predefined class or a
 * single literal character of a pattern matches.
 */
abstract class CharPred {
    abstract boolean is(int ch);

    /** Whether this set can contain a supplementary code point. */
    boolean mayBeSupplementary() {
        return true;
    }

    CharPred union(CharPred other) {
        CharPred self = this;
        return new CharPred() {
            boolean is(int ch) {
                return self.is(ch) || other.is(ch);
            }
        };
    }

    CharPred and(CharPred other) {
        CharPred self = this;
        return new CharPred() {
            boolean is(int ch) {
                return self.is(ch) && other.is(ch);
            }
        };
    }

    CharPred negate() {
        CharPred self = this;
        return new CharPred() {
            boolean is(int ch) {
                return !self.is(ch);
            }
        };
    }

    // ------------------------------------------------------------ factories

    /** Exactly the code point c. */
    static CharPred single(int c) {
        return new Single(c);
    }

    static final class Single extends CharPred {
        final int c;

        Single(int c) {
            this.c = c;
        }

        boolean is(int ch) {
            return ch == c;
        }

        boolean mayBeSupplementary() {
            return c >= Character.MIN_SUPPLEMENTARY_CODE_POINT;
        }
    }

    /** c, ignoring ASCII case (or any case if unicode). */
    static CharPred singleIgnoreCase(int c, boolean unicode) {
        if (unicode) {
            int upper = Character.toUpperCase(c);
            int lower = Character.toLowerCase(upper);
            return new CharPred() {
                boolean is(int ch) {
                    return ch == c || Character.toLowerCase(Character.toUpperCase(ch)) == lower;
                }
            };
        }
        if (isAsciiLetter(c)) {
            int lower = c | 0x20;
            return new CharPred() {
                boolean is(int ch) {
                    return ch == c || (ch < 128 && (ch | 0x20) == lower && isAsciiLetter(ch));
                }

                boolean mayBeSupplementary() {
                    return false;
                }
            };
        }
        return single(c);
    }

    static boolean isAsciiLetter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** lo..hi inclusive. */
    static CharPred range(int lo, int hi) {
        return new CharPred() {
            boolean is(int ch) {
                return ch >= lo && ch <= hi;
            }

            boolean mayBeSupplementary() {
                return hi >= Character.MIN_SUPPLEMENTARY_CODE_POINT;
            }
        };
    }

    /** lo..hi, ignoring case as CASE_INSENSITIVE (and UNICODE_CASE) specify. */
    static CharPred rangeIgnoreCase(int lo, int hi, boolean unicode) {
        if (unicode) {
            return new CharPred() {
                boolean is(int ch) {
                    if (ch >= lo && ch <= hi) {
                        return true;
                    }
                    int u = Character.toUpperCase(ch);
                    return (u >= lo && u <= hi) || ((u = Character.toLowerCase(u)) >= lo && u <= hi);
                }
            };
        }
        return new CharPred() {
            boolean is(int ch) {
                if (ch >= lo && ch <= hi) {
                    return true;
                }
                if (!isAsciiLetter(ch)) {
                    return false;
                }
                int other = ch ^ 0x20;
                return other >= lo && other <= hi;
            }

            boolean mayBeSupplementary() {
                return hi >= Character.MIN_SUPPLEMENTARY_CODE_POINT;
            }
        };
    }

    static final CharPred ALL = new CharPred() {
        boolean is(int ch) {
            return true;
        }
    };

    /** '.' without DOTALL: anything but a line terminator. */
    static CharPred dot(boolean unixLines) {
        if (unixLines) {
            return new CharPred() {
                boolean is(int ch) {
                    return ch != '\n';
                }
            };
        }
        return new CharPred() {
            boolean is(int ch) {
                return ch != '\n' && ch != '\r' && (ch | 1) != '\u2029' && ch != '\u0085';
            }
        };
    }

    static final CharPred DIGIT = new CharPred() {
        boolean is(int ch) {
            return ch >= '0' && ch <= '9';
        }

        boolean mayBeSupplementary() {
            return false;
        }
    };

    static final CharPred SPACE = new CharPred() {
        boolean is(int ch) {
            return ch == ' ' || (ch >= '\t' && ch <= '\r');
        }

        boolean mayBeSupplementary() {
            return false;
        }
    };

    static final CharPred WORD = new CharPred() {
        boolean is(int ch) {
            return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_';
        }

        boolean mayBeSupplementary() {
            return false;
        }
    };

    static final CharPred HORIZONTAL_SPACE = new CharPred() {
        boolean is(int ch) {
            return ch == ' ' || ch == '\t' || ch == 0xA0 || ch == 0x1680 || ch == 0x180E
                    || (ch >= 0x2000 && ch <= 0x200A) || ch == 0x202F || ch == 0x205F || ch == 0x3000;
        }
    };

    static final CharPred VERTICAL_SPACE = new CharPred() {
        boolean is(int ch) {
            return (ch >= '\n' && ch <= '\r') || ch == 0x85 || ch == 0x2028 || ch == 0x2029;
        }
    };

    /** A general-category set: the categories are bits of {@code mask}. */
    static CharPred category(int mask) {
        return new CharPred() {
            boolean is(int ch) {
                return (mask & (1 << Character.getType(ch))) != 0;
            }
        };
    }

    /** The set named by \p{name}, or null if the name is unknown. */
    static CharPred forName(String name) {
        switch (name) {
            case "Lower": return range('a', 'z');
            case "Upper": return range('A', 'Z');
            case "ASCII": return range(0, 0x7F);
            case "Alpha": return range('a', 'z').union(range('A', 'Z'));
            case "Digit": return DIGIT;
            case "Alnum": return range('a', 'z').union(range('A', 'Z')).union(DIGIT);
            case "Punct": return PUNCT;
            case "Graph": return PUNCT.union(range('a', 'z')).union(range('A', 'Z')).union(DIGIT);
            case "Print": return range(0x20, 0x7E);
            case "Blank": return single(' ').union(single('\t'));
            case "Cntrl": return range(0, 0x1F).union(single(0x7F));
            case "XDigit": return DIGIT.union(range('a', 'f')).union(range('A', 'F'));
            case "Space": return SPACE;
            case "javaLowerCase": return javaPred(0);
            case "javaUpperCase": return javaPred(1);
            case "javaWhitespace": return javaPred(2);
            case "javaMirrored": return javaPred(3);
            case "javaLetter": return javaPred(4);
            case "javaDigit": return javaPred(5);
            case "javaLetterOrDigit": return javaPred(6);
            case "javaAlphabetic": return javaPred(7);
            case "javaIdeographic": return javaPred(8);
            case "javaTitleCase": return javaPred(9);
            case "javaDefined": return javaPred(10);
            case "javaSpaceChar": return javaPred(11);
            case "javaISOControl": return javaPred(12);
            case "javaIdentifierIgnorable": return javaPred(13);
            case "javaJavaIdentifierStart": return javaPred(14);
            case "javaJavaIdentifierPart": return javaPred(15);
            case "javaUnicodeIdentifierStart": return javaPred(16);
            case "javaUnicodeIdentifierPart": return javaPred(17);
            default:
                break;
        }
        String n = name;
        if (n.startsWith("Is")) {
            n = n.substring(2);
            CharPred p = binaryProperty(n.toUpperCase());
            if (p != null) {
                return p;
            }
        } else if (n.startsWith("general_category=") || n.startsWith("gc=")) {
            n = n.substring(n.indexOf('=') + 1);
        }
        int mask = categoryMask(n);
        return mask == 0 ? null : category(mask);
    }

    private static final CharPred PUNCT = new CharPred() {
        boolean is(int ch) {
            return (ch >= 0x21 && ch <= 0x2F) || (ch >= 0x3A && ch <= 0x40) || (ch >= 0x5B && ch <= 0x60)
                    || (ch >= 0x7B && ch <= 0x7E);
        }

        boolean mayBeSupplementary() {
            return false;
        }
    };

    private static CharPred javaPred(int which) {
        return new CharPred() {
            boolean is(int ch) {
                switch (which) {
                    case 0: return Character.isLowerCase(ch);
                    case 1: return Character.isUpperCase(ch);
                    case 2: return Character.isWhitespace(ch);
                    case 3: return Character.isMirrored(ch);
                    case 4: return Character.isLetter(ch);
                    case 5: return Character.isDigit(ch);
                    case 6: return Character.isLetterOrDigit(ch);
                    case 7: return Character.isAlphabetic(ch);
                    case 8: return Character.isIdeographic(ch);
                    case 9: return Character.isTitleCase(ch);
                    case 10: return Character.isDefined(ch);
                    case 11: return Character.isSpaceChar(ch);
                    case 12: return Character.isISOControl(ch);
                    case 13: return Character.isIdentifierIgnorable(ch);
                    case 14: return Character.isJavaIdentifierStart(ch);
                    case 15: return Character.isJavaIdentifierPart(ch);
                    case 16: return Character.isUnicodeIdentifierStart(ch);
                    default: return Character.isUnicodeIdentifierPart(ch);
                }
            }
        };
    }

    /** The binary properties \p{IsXxx} (upper-cased name), or null. */
    private static CharPred binaryProperty(String name) {
        switch (name) {
            case "ALPHABETIC": return javaPred(7);
            case "LETTER": return javaPred(4);
            case "IDEOGRAPHIC": return javaPred(8);
            case "LOWERCASE": return javaPred(0);
            case "UPPERCASE": return javaPred(1);
            case "TITLECASE": return javaPred(9);
            case "WHITE_SPACE":
            case "WHITESPACE":
                return new CharPred() {
                    boolean is(int ch) {
                        return (ch >= 0x9 && ch <= 0xD) || ch == 0x85 || Character.isSpaceChar(ch);
                    }
                };
            case "DIGIT": return javaPred(5);
            case "PUNCTUATION": return category(categoryMask("P"));
            case "CONTROL": return category(1 << Character.CONTROL);
            case "HEX_DIGIT":
            case "HEXDIGIT":
                return DIGIT.union(range('a', 'f')).union(range('A', 'F'))
                        .union(range(0xFF10, 0xFF19)).union(range(0xFF21, 0xFF26)).union(range(0xFF41, 0xFF46));
            case "ASSIGNED": return javaPred(10);
            case "NONCHARACTER_CODE_POINT":
            case "NONCHARACTERCODEPOINT":
                return new CharPred() {
                    boolean is(int ch) {
                        return (ch & 0xFFFE) == 0xFFFE || (ch >= 0xFDD0 && ch <= 0xFDEF);
                    }
                };
            case "ALNUM": return javaPred(7).union(javaPred(5));
            case "LATIN": return script(0);
            case "GREEK": return script(1);
            case "CYRILLIC": return script(2);
            case "HAN": return script(3);
            default:
                int mask = categoryMask(name.length() <= 2 ? name.charAt(0) + name.substring(1).toLowerCase() : "");
                return mask == 0 ? null : category(mask);
        }
    }

    /** A few scripts, by their main blocks. */
    private static CharPred script(int which) {
        switch (which) {
            case 0:
                return range('a', 'z').union(range('A', 'Z')).union(single(0xAA)).union(single(0xBA))
                        .union(range(0xC0, 0xD6)).union(range(0xD8, 0xF6)).union(range(0xF8, 0x24F))
                        .union(range(0x1E00, 0x1EFF)).union(range(0xFF21, 0xFF3A)).union(range(0xFF41, 0xFF5A));
            case 1:
                return range(0x370, 0x3FF).and(javaPred(10)).and(single(0x37E).negate()).and(single(0x387).negate())
                        .union(range(0x1F00, 0x1FFF).and(javaPred(10)));
            case 2:
                return range(0x400, 0x52F).union(range(0x1C80, 0x1C88)).union(range(0x2DE0, 0x2DFF))
                        .union(range(0xA640, 0xA69F));
            default:
                return javaPred(8).union(range(0x2E80, 0x2FD5).and(javaPred(10)));
        }
    }

    /** The bit mask of the general categories named (one or two letters), or 0. */
    static int categoryMask(String n) {
        switch (n) {
            case "Cn": return 1 << Character.UNASSIGNED;
            case "Lu": return 1 << Character.UPPERCASE_LETTER;
            case "Ll": return 1 << Character.LOWERCASE_LETTER;
            case "Lt": return 1 << Character.TITLECASE_LETTER;
            case "Lm": return 1 << Character.MODIFIER_LETTER;
            case "Lo": return 1 << Character.OTHER_LETTER;
            case "Mn": return 1 << Character.NON_SPACING_MARK;
            case "Me": return 1 << Character.ENCLOSING_MARK;
            case "Mc": return 1 << Character.COMBINING_SPACING_MARK;
            case "Nd": return 1 << Character.DECIMAL_DIGIT_NUMBER;
            case "Nl": return 1 << Character.LETTER_NUMBER;
            case "No": return 1 << Character.OTHER_NUMBER;
            case "Zs": return 1 << Character.SPACE_SEPARATOR;
            case "Zl": return 1 << Character.LINE_SEPARATOR;
            case "Zp": return 1 << Character.PARAGRAPH_SEPARATOR;
            case "Cc": return 1 << Character.CONTROL;
            case "Cf": return 1 << Character.FORMAT;
            case "Co": return 1 << Character.PRIVATE_USE;
            case "Cs": return 1 << Character.SURROGATE;
            case "Pd": return 1 << Character.DASH_PUNCTUATION;
            case "Ps": return 1 << Character.START_PUNCTUATION;
            case "Pe": return 1 << Character.END_PUNCTUATION;
            case "Pc": return 1 << Character.CONNECTOR_PUNCTUATION;
            case "Po": return 1 << Character.OTHER_PUNCTUATION;
            case "Sm": return 1 << Character.MATH_SYMBOL;
            case "Sc": return 1 << Character.CURRENCY_SYMBOL;
            case "Sk": return 1 << Character.MODIFIER_SYMBOL;
            case "So": return 1 << Character.OTHER_SYMBOL;
            case "Pi": return 1 << Character.INITIAL_QUOTE_PUNCTUATION;
            case "Pf": return 1 << Character.FINAL_QUOTE_PUNCTUATION;
            case "L": return categoryMask("Lu") | categoryMask("Ll") | categoryMask("Lt") | categoryMask("Lm") | categoryMask("Lo");
            case "LC": return categoryMask("Lu") | categoryMask("Ll") | categoryMask("Lt");
            case "M": return categoryMask("Mn") | categoryMask("Me") | categoryMask("Mc");
            case "N": return categoryMask("Nd") | categoryMask("Nl") | categoryMask("No");
            case "Z": return categoryMask("Zs") | categoryMask("Zl") | categoryMask("Zp");
            case "C": return categoryMask("Cc") | categoryMask("Cf") | categoryMask("Co") | categoryMask("Cs") | categoryMask("Cn");
            case "P":
                return categoryMask("Pd") | categoryMask("Ps") | categoryMask("Pe") | categoryMask("Pc") | categoryMask("Po")
                        | categoryMask("Pi") | categoryMask("Pf");
            case "S": return categoryMask("Sm") | categoryMask("Sc") | categoryMask("Sk") | categoryMask("So");
            default: return 0;
        }
    }
}
