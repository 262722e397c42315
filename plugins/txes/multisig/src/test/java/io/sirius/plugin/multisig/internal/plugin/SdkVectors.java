package io.sirius.plugin.multisig.internal.plugin;

import io.sirius.api.entity.AggregateTransaction;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.model.Hex;
import io.sirius.api.model.PublicKey;
import java.util.Arrays;

/**
 * Modify_Multisig_Account as tsjs-xpx-chain-sdk 0.10.4 builds and signs it ({@code ModifyMultisigAccountTransaction.create},
 * mijin-test, deadline 244598400000, generation hash 0123456789ABCDEF x 4): embedded in the aggregates of the
 * aggregate plugin's tests and on its own. Accounts A, B, C are the v1 accounts of private keys 0x01..., 0x02...,
 * 0x03..., D2 the v2 account of 0x04....
 */
final class SdkVectors {
    /** Account A. */
    static final PublicKey A = PublicKey.fromHex("817CED3C2846A792139B359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E117");
    /** Account B. */
    static final PublicKey B = PublicKey.fromHex("69EEA2EFEFBB7E72F21F9459603334E2E295926C684BC0B908E714CFF5D1C390");
    /** Account C. */
    static final PublicKey C = PublicKey.fromHex("E7396F0B2C5D636638A036E1EEB6074C185069D4A4A42F9DB1F2282825A09B89");
    /** Account D2. */
    static final PublicKey D2 = PublicKey.fromHex("CA93AC1705187071D67B83C7FF0EFE8108E8EC4530575D7726879333DBDABE7C");

    /**
     * 0x4141 v3 by A holding A's modification (removal +1, approval +1, add B, add C), cosigned by B and C: A becomes a
     * 1-of-2 multisig.
     */
    static final String COMPLETE_V1_MODIFY = "AD010000E485DD07FCD1EA6994D234C685BC8F864BD9AACDB4A24F992940E8534FA56BFF"
            + "DFC1EDF748CFB06D28378EA2EEB74CF1A144F4FFD6BCECE909D39D6C251C4B0D817CED3C2846A792139B359149A1BBBA4CDC3F26"
            + "136F093AA3DCC9DD7B41E1170300009041410000000000000000006433F3380000006F0000006F000000817CED3C2846A792139B"
            + "359149A1BBBA4CDC3F26136F093AA3DCC9DD7B41E1170300009055410101020069EEA2EFEFBB7E72F21F9459603334E2E295926C"
            + "684BC0B908E714CFF5D1C39000E7396F0B2C5D636638A036E1EEB6074C185069D4A4A42F9DB1F2282825A09B8969EEA2EFEFBB7E"
            + "72F21F9459603334E2E295926C684BC0B908E714CFF5D1C390F1D5D921D5A687057AEA86318236DFCDF2F93073BBE78CC125BD46"
            + "E814B77D681F267EE462A80EDA38F0830578802B3B958CFB207EE90DFF7D06077578B4A60DE7396F0B2C5D636638A036E1EEB607"
            + "4C185069D4A4A42F9DB1F2282825A09B89717E78C3D8C7857F911C79F9092791E8CC5A7D2E04D6B0F7C514507BE85BE60CCB404F"
            + "ABD93853D724DF3139FE53A56C361A3D11144CF6F7D88EB2D42D26750F";
    /** 0x4241 v3 by B holding B's modification (removal 0, approval -1, delete C, add D2), no cosignature. */
    static final String BONDED_V1_MODIFY = "ED000000B74542266B6392229AB1329AA6F5E891E871063174AF0879D29ECB87670A6AB5"
            + "A451085F11ED34517B67E3DE6149E4025C8260C4CF6FEBCD4C39B830A975D50569EEA2EFEFBB7E72F21F9459603334E2E295926C"
            + "684BC0B908E714CFF5D1C3900300019041420000000000000000006433F3380000006F0000006F00000069EEA2EFEFBB7E72F21F"
            + "9459603334E2E295926C684BC0B908E714CFF5D1C39003000090554100FF0201E7396F0B2C5D636638A036E1EEB6074C185069D4"
            + "A4A42F9DB1F2282825A09B8900CA93AC1705187071D67B83C7FF0EFE8108E8EC4530575D7726879333DBDABE7C";
    /** The same modification signed on its own by A (a maxFee the SDK computed), which Sirius refuses. */
    static final String MODIFY_TOP_LEVEL = "BF0000006F48A9C3FD6B0E59918C0A1F5C2EE87B56ED89F7812E2BEB7CDC4F7208820D72"
            + "1372DB2CE3F649A16214D80D4183E671C4A9BA5A7F7DF05C6469A58B5E530908817CED3C2846A792139B359149A1BBBA4CDC3F26"
            + "136F093AA3DCC9DD7B41E117030001905541102AB50100000000006433F33800000000FF0201E7396F0B2C5D636638A036E1EEB6"
            + "074C185069D4A4A42F9DB1F2282825A09B8900CA93AC1705187071D67B83C7FF0EFE8108E8EC4530575D7726879333DBDABE7C";
    /** The body of {@link #COMPLETE_V1_MODIFY}'s modification. */
    static final String ADD_B_AND_C = "0101" + "02" + "00" + B.toHex() + "00" + C.toHex();
    /** The body of {@link #BONDED_V1_MODIFY}'s and {@link #MODIFY_TOP_LEVEL}'s modification. */
    static final String DELETE_C_ADD_D2 = "00FF" + "02" + "01" + C.toHex() + "00" + D2.toHex();

    private SdkVectors() {
    }

    /**
     * @param aggregate a signed aggregate in hex
     * @return its first embedded transaction
     */
    static EmbeddedTransaction embedded(String aggregate) {
        return AggregateTransaction.decode(Hex.decode(aggregate)).transactions().get(0);
    }

    /**
     * @param payload a signed transaction in hex
     * @return its body: the bytes after the 122-byte header
     */
    static byte[] body(String payload) {
        byte[] bytes = Hex.decode(payload);
        return Arrays.copyOfRange(bytes, 122, bytes.length);
    }
}
