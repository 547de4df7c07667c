package org.pressmark.source;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of an array read as one long, so that a run of ASCII, the bulk of a page's bytes, is passed
 * eight bytes at a time: several times faster than byte by byte, under either of the JVM's compilers
 * (measured on the corpus pages).
 */
final class EightBytes {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The high bit of each of eight bytes: none is set in eight ASCII bytes. */
    private static final long HIGH_BITS = 0x8080808080808080L;

    private EightBytes() {
    }

    /** The eight bytes from {@code at}, the first in the lowest bits. */
    static long at(byte[] bytes, int at) {
        return (long) LONGS.get(bytes, at);
    }

    /** Whether all eight bytes are ASCII. */
    static boolean isAscii(long eight) {
        return (eight & HIGH_BITS) == 0;
    }
}
