//! JVM opcodes (JVMS §6.5, §7) and crema's quick opcodes.
//!
//! Opcodes 0..=201 are the JVM's. The decoder folds short forms into their
//! general form (`iload_2` becomes `ILOAD` with index 2, `bipush`/`sipush`/
//! `iconst_n` become [`ICONST`], `wide` disappears into a wider operand,
//! `goto_w`/`jsr_w` become `GOTO`/`JSR`, `ldc` of a number becomes a
//! constant push), so the interpreter handles one form of each operation.
//! Opcodes from 203 up are crema's quickened forms: an instruction whose
//! constant-pool operand has been resolved is rewritten in place to one of
//! them, carrying the resolved operand (an offset, a vtable index).

macro_rules! opcodes {
    ($($(#[$doc:meta])* $name:ident = $value:expr, $len:expr;)*) => {
        $($(#[$doc])* pub const $name: u8 = $value;)*

        /// The opcode's name, for diagnostics.
        pub fn name(op: u8) -> &'static str {
            match op {
                $($value => stringify!($name),)*
                _ => "???",
            }
        }

        /// The length in bytes of a JVM instruction with this opcode, 0 for
        /// the variable-length ones (switches, `wide`) and for unknown
        /// opcodes.
        pub fn length(op: u8) -> usize {
            match op {
                $($value => $len,)*
                _ => 0,
            }
        }
    };
}

opcodes! {
    NOP = 0x00, 1;
    ACONST_NULL = 0x01, 1;
    ICONST_M1 = 0x02, 1;
    ICONST_0 = 0x03, 1;
    ICONST_1 = 0x04, 1;
    ICONST_2 = 0x05, 1;
    ICONST_3 = 0x06, 1;
    ICONST_4 = 0x07, 1;
    ICONST_5 = 0x08, 1;
    LCONST_0 = 0x09, 1;
    LCONST_1 = 0x0a, 1;
    FCONST_0 = 0x0b, 1;
    FCONST_1 = 0x0c, 1;
    FCONST_2 = 0x0d, 1;
    DCONST_0 = 0x0e, 1;
    DCONST_1 = 0x0f, 1;
    BIPUSH = 0x10, 2;
    SIPUSH = 0x11, 3;
    LDC = 0x12, 2;
    LDC_W = 0x13, 3;
    LDC2_W = 0x14, 3;
    ILOAD = 0x15, 2;
    LLOAD = 0x16, 2;
    FLOAD = 0x17, 2;
    DLOAD = 0x18, 2;
    ALOAD = 0x19, 2;
    ILOAD_0 = 0x1a, 1;
    ILOAD_1 = 0x1b, 1;
    ILOAD_2 = 0x1c, 1;
    ILOAD_3 = 0x1d, 1;
    LLOAD_0 = 0x1e, 1;
    LLOAD_1 = 0x1f, 1;
    LLOAD_2 = 0x20, 1;
    LLOAD_3 = 0x21, 1;
    FLOAD_0 = 0x22, 1;
    FLOAD_1 = 0x23, 1;
    FLOAD_2 = 0x24, 1;
    FLOAD_3 = 0x25, 1;
    DLOAD_0 = 0x26, 1;
    DLOAD_1 = 0x27, 1;
    DLOAD_2 = 0x28, 1;
    DLOAD_3 = 0x29, 1;
    ALOAD_0 = 0x2a, 1;
    ALOAD_1 = 0x2b, 1;
    ALOAD_2 = 0x2c, 1;
    ALOAD_3 = 0x2d, 1;
    IALOAD = 0x2e, 1;
    LALOAD = 0x2f, 1;
    FALOAD = 0x30, 1;
    DALOAD = 0x31, 1;
    AALOAD = 0x32, 1;
    BALOAD = 0x33, 1;
    CALOAD = 0x34, 1;
    SALOAD = 0x35, 1;
    ISTORE = 0x36, 2;
    LSTORE = 0x37, 2;
    FSTORE = 0x38, 2;
    DSTORE = 0x39, 2;
    ASTORE = 0x3a, 2;
    ISTORE_0 = 0x3b, 1;
    ISTORE_1 = 0x3c, 1;
    ISTORE_2 = 0x3d, 1;
    ISTORE_3 = 0x3e, 1;
    LSTORE_0 = 0x3f, 1;
    LSTORE_1 = 0x40, 1;
    LSTORE_2 = 0x41, 1;
    LSTORE_3 = 0x42, 1;
    FSTORE_0 = 0x43, 1;
    FSTORE_1 = 0x44, 1;
    FSTORE_2 = 0x45, 1;
    FSTORE_3 = 0x46, 1;
    DSTORE_0 = 0x47, 1;
    DSTORE_1 = 0x48, 1;
    DSTORE_2 = 0x49, 1;
    DSTORE_3 = 0x4a, 1;
    ASTORE_0 = 0x4b, 1;
    ASTORE_1 = 0x4c, 1;
    ASTORE_2 = 0x4d, 1;
    ASTORE_3 = 0x4e, 1;
    IASTORE = 0x4f, 1;
    LASTORE = 0x50, 1;
    FASTORE = 0x51, 1;
    DASTORE = 0x52, 1;
    AASTORE = 0x53, 1;
    BASTORE = 0x54, 1;
    CASTORE = 0x55, 1;
    SASTORE = 0x56, 1;
    POP = 0x57, 1;
    POP2 = 0x58, 1;
    DUP = 0x59, 1;
    DUP_X1 = 0x5a, 1;
    DUP_X2 = 0x5b, 1;
    DUP2 = 0x5c, 1;
    DUP2_X1 = 0x5d, 1;
    DUP2_X2 = 0x5e, 1;
    SWAP = 0x5f, 1;
    IADD = 0x60, 1;
    LADD = 0x61, 1;
    FADD = 0x62, 1;
    DADD = 0x63, 1;
    ISUB = 0x64, 1;
    LSUB = 0x65, 1;
    FSUB = 0x66, 1;
    DSUB = 0x67, 1;
    IMUL = 0x68, 1;
    LMUL = 0x69, 1;
    FMUL = 0x6a, 1;
    DMUL = 0x6b, 1;
    IDIV = 0x6c, 1;
    LDIV = 0x6d, 1;
    FDIV = 0x6e, 1;
    DDIV = 0x6f, 1;
    IREM = 0x70, 1;
    LREM = 0x71, 1;
    FREM = 0x72, 1;
    DREM = 0x73, 1;
    INEG = 0x74, 1;
    LNEG = 0x75, 1;
    FNEG = 0x76, 1;
    DNEG = 0x77, 1;
    ISHL = 0x78, 1;
    LSHL = 0x79, 1;
    ISHR = 0x7a, 1;
    LSHR = 0x7b, 1;
    IUSHR = 0x7c, 1;
    LUSHR = 0x7d, 1;
    IAND = 0x7e, 1;
    LAND = 0x7f, 1;
    IOR = 0x80, 1;
    LOR = 0x81, 1;
    IXOR = 0x82, 1;
    LXOR = 0x83, 1;
    IINC = 0x84, 3;
    I2L = 0x85, 1;
    I2F = 0x86, 1;
    I2D = 0x87, 1;
    L2I = 0x88, 1;
    L2F = 0x89, 1;
    L2D = 0x8a, 1;
    F2I = 0x8b, 1;
    F2L = 0x8c, 1;
    F2D = 0x8d, 1;
    D2I = 0x8e, 1;
    D2L = 0x8f, 1;
    D2F = 0x90, 1;
    I2B = 0x91, 1;
    I2C = 0x92, 1;
    I2S = 0x93, 1;
    LCMP = 0x94, 1;
    FCMPL = 0x95, 1;
    FCMPG = 0x96, 1;
    DCMPL = 0x97, 1;
    DCMPG = 0x98, 1;
    IFEQ = 0x99, 3;
    IFNE = 0x9a, 3;
    IFLT = 0x9b, 3;
    IFGE = 0x9c, 3;
    IFGT = 0x9d, 3;
    IFLE = 0x9e, 3;
    IF_ICMPEQ = 0x9f, 3;
    IF_ICMPNE = 0xa0, 3;
    IF_ICMPLT = 0xa1, 3;
    IF_ICMPGE = 0xa2, 3;
    IF_ICMPGT = 0xa3, 3;
    IF_ICMPLE = 0xa4, 3;
    IF_ACMPEQ = 0xa5, 3;
    IF_ACMPNE = 0xa6, 3;
    GOTO = 0xa7, 3;
    JSR = 0xa8, 3;
    RET = 0xa9, 2;
    TABLESWITCH = 0xaa, 0;
    LOOKUPSWITCH = 0xab, 0;
    IRETURN = 0xac, 1;
    LRETURN = 0xad, 1;
    FRETURN = 0xae, 1;
    DRETURN = 0xaf, 1;
    ARETURN = 0xb0, 1;
    RETURN = 0xb1, 1;
    GETSTATIC = 0xb2, 3;
    PUTSTATIC = 0xb3, 3;
    GETFIELD = 0xb4, 3;
    PUTFIELD = 0xb5, 3;
    INVOKEVIRTUAL = 0xb6, 3;
    INVOKESPECIAL = 0xb7, 3;
    INVOKESTATIC = 0xb8, 3;
    INVOKEINTERFACE = 0xb9, 5;
    INVOKEDYNAMIC = 0xba, 5;
    NEW = 0xbb, 3;
    NEWARRAY = 0xbc, 2;
    ANEWARRAY = 0xbd, 3;
    ARRAYLENGTH = 0xbe, 1;
    ATHROW = 0xbf, 1;
    CHECKCAST = 0xc0, 3;
    INSTANCEOF = 0xc1, 3;
    MONITORENTER = 0xc2, 1;
    MONITOREXIT = 0xc3, 1;
    WIDE = 0xc4, 0;
    MULTIANEWARRAY = 0xc5, 4;
    IFNULL = 0xc6, 3;
    IFNONNULL = 0xc7, 3;
    GOTO_W = 0xc8, 5;
    JSR_W = 0xc9, 5;

    // crema's decoded and quickened forms (never in a class file).
    /// Push the int `c`.
    ICONST = 0xcb, 0;
    /// Push the long `c` (sign-extended).
    LCONST = 0xcc, 0;
    /// Push the float with bits `c`.
    FCONST = 0xcd, 0;
    /// Push the double `c` (0 or 1).
    DCONST = 0xce, 0;
    /// Push the long or double `wide_constants[c]`.
    LDC2 = 0xcf, 0;
    /// Push the resolved string of constant-pool entry `b`.
    LDC_STRING_Q = 0xd0, 0;
    /// Push the mirror of the resolved class `b`.
    LDC_CLASS_Q = 0xd1, 0;
    /// Instance field of type `a` at offset `c`.
    GETFIELD_Q = 0xd2, 0;
    PUTFIELD_Q = 0xd3, 0;
    /// Static field of resolved entry `b` (class initialized).
    GETSTATIC_Q = 0xd4, 0;
    PUTSTATIC_Q = 0xd5, 0;
    /// Virtual call through vtable slot `b`, `c` argument slots.
    INVOKEVIRTUAL_Q = 0xd6, 0;
    /// Call of the resolved method `b` with a receiver, no dispatch
    /// (invokespecial, private and final methods).
    INVOKEDIRECT_Q = 0xd7, 0;
    /// Call of the resolved static method `b` (class initialized).
    INVOKESTATIC_Q = 0xd8, 0;
    /// Interface call of the resolved interface method `b`.
    INVOKEINTERFACE_Q = 0xd9, 0;
    /// Allocate an instance of the resolved, initialized class `b`.
    NEW_Q = 0xda, 0;
    /// Allocate an array of the resolved class `b`.
    ANEWARRAY_Q = 0xdb, 0;
    CHECKCAST_Q = 0xdc, 0;
    INSTANCEOF_Q = 0xdd, 0;
    MULTIANEWARRAY_Q = 0xde, 0;
    INVOKEDYNAMIC_Q = 0xdf, 0;
}

/// The shape of `dup`, `dup_x1`, `dup_x2`, `dup2`, `dup2_x1`, `dup2_x2`
/// and `swap`, in slots: how many top slots take part, and how many slots
/// below them the copies go (`swap`: the top two slots trade places).
pub fn stack_shuffle_shape(op: u8) -> Option<(usize, usize)> {
    Some(match op {
        DUP => (1, 0),
        DUP_X1 | SWAP => (1, 1),
        DUP_X2 => (1, 2),
        DUP2 => (2, 0),
        DUP2_X1 => (2, 1),
        DUP2_X2 => (2, 2),
        _ => return None,
    })
}
