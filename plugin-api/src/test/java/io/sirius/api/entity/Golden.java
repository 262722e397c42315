package io.sirius.api.entity;

import io.sirius.api.model.Hex;

/** Payloads signed by the official TypeScript SDK (shared/vectors/sdk-vectors.json). */
final class Golden {
    /** transfer_plain_message_xpx_v1: 179 bytes, type 0x4154, version 0x90010003. */
    static final String TRANSFER = "B30000001BAF4CAFFEBF9F26ACD47988AF450390C71A0542B7F91721C309B6DE35AFC23C24BCB188B2BD218342D534BEB471F17AC91EE21E14CDF00A6315C757A31C760F817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E1170300019054410000000000000000006433F338000000907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E0D00010048656C6C6F20536972697573F6BD1691A142FBBF40420F0000000000";
    /** aggregate_complete_v2type_one_transfer_v1: 225 bytes, type 0x4341, one inner transfer, no cosignature. */
    static final String AGGREGATE_V2 = "E10000000117B95470B03EAD0333C414B1A3EC8DCCAFBFE29C06C765810E42CAA8E2A67C387E68E0BF2638198BBE8756EACE723EE8D4B529C52D2078C217ACA774703F04817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E1170100019041430000000000000000006433F3380000006300000063000000817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117030001905441907E777D28FB6B8AC03139FECA39FDB79C0A01EC11E54ADF0E0D00010048656C6C6F20536972697573F6BD1691A142FBBF40420F0000000000";

    private Golden() {
    }

    static byte[] transfer() {
        return Hex.decode(TRANSFER);
    }

    static byte[] aggregateV2() {
        return Hex.decode(AGGREGATE_V2);
    }

    /** @return the V1 form (0x4141) of the aggregate, unsigned: same layout, 96-byte cosignatures */
    static byte[] aggregateV1() {
        byte[] bytes = aggregateV2();
        bytes[105] = 0x41;
        bytes[104] = 0x41;
        return bytes;
    }

    static void putI32(byte[] bytes, int offset, int value) {
        for (int i = 0; i < 4; i++) {
            bytes[offset + i] = (byte) (value >>> (8 * i));
        }
    }
}
