package io.sirius.api.entity;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.DecodeException;

/** Helpers shared by the entity decoders. */
final class Entities {
    private Entities() {
    }

    /**
     * Reads the Size field of the entity starting at {@code offset} and checks it fits between
     * {@code minimum} and the bytes left before {@code end}.
     */
    static int sizeAt(byte[] data, int offset, int end, int minimum, String what) {
        if (end - offset < 4) {
            throw new DecodeException(what + " at offset " + offset + " needs a 4-byte size but only "
                    + (end - offset) + " bytes remain");
        }
        int size = BinaryReader.of(data, offset, 4).readSize32(what + " size");
        if (size < minimum) {
            throw new DecodeException(what + " at offset " + offset + " has size " + size
                    + ", smaller than its " + minimum + "-byte header");
        }
        if (size > end - offset) {
            throw new DecodeException(what + " at offset " + offset + " has size " + size + " but only "
                    + (end - offset) + " bytes remain");
        }
        return size;
    }

    static void requireSize(int declared, int actual, String what) {
        if (declared != actual) {
            throw new DecodeException(what + " declares size " + declared + " but has " + actual + " bytes");
        }
    }
}
