package io.sirius.plugin.multisig.internal.validators;

import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.entity.Cosignature;
import io.sirius.api.entity.EmbeddedTransaction;
import io.sirius.api.entity.EmbeddedTransactionHeader;
import io.sirius.api.model.DerivationScheme;
import io.sirius.api.model.EntityType;
import io.sirius.api.model.Signature;
import io.sirius.api.model.VersionField;
import io.sirius.plugin.multisig.internal.Fixtures;
import io.sirius.plugin.multisig.internal.plugin.ModifyMultisigAccountTransactionCodec;
import io.sirius.plugin.multisig.model.ModifyMultisigAccountTransaction;
import io.sirius.plugin.multisig.model.MultisigTypes;
import java.util.ArrayList;
import java.util.List;

/** Embedded transactions and cosignatures for the aggregate rules' tests, written as text. */
final class Embedded {

    private Embedded() {
    }

    /**
     * @param text embedded transactions separated by spaces: {@code n} is a transfer-shaped transaction of account n,
     *     {@code n[mods]} a Modify_Multisig_Account of account n with the modifications {@code mods} written as in
     *     {@link Modifications#parse} but separated by commas
     * @return the embedded transactions
     */
    static List<EmbeddedTransaction> parse(String text) {
        List<EmbeddedTransaction> out = new ArrayList<>();
        for (String item : text.trim().split(" +")) {
            int bracket = item.indexOf('[');
            if (bracket < 0) {
                out.add(transaction(Integer.parseInt(item), new EntityType(0x4154), new byte[3]));
                continue;
            }
            String mods = item.substring(bracket + 1, item.length() - 1).replace(',', ' ');
            BinaryWriter body = new BinaryWriter();
            new ModifyMultisigAccountTransactionCodec().encode(
                    new ModifyMultisigAccountTransaction(0, 0, Modifications.parse(mods)), body, 3);
            out.add(transaction(Integer.parseInt(item.substring(0, bracket)), MultisigTypes.MODIFY_MULTISIG_ACCOUNT,
                    body.toByteArray()));
        }
        return out;
    }

    /**
     * @param cosigners numbers separated by spaces, or empty
     * @return one cosignature each
     */
    static List<Cosignature> cosignatures(String cosigners) {
        List<Cosignature> out = new ArrayList<>();
        for (int n : Modifications.numbers(cosigners)) {
            out.add(new Cosignature(DerivationScheme.UNSET, Fixtures.key(n), Signature.of(new byte[Signature.SIZE])));
        }
        return out;
    }

    private static EmbeddedTransaction transaction(int signer, EntityType type, byte[] body) {
        return new EmbeddedTransaction(new EmbeddedTransactionHeader(EmbeddedTransactionHeader.SIZE + body.length,
                Fixtures.key(signer), new VersionField(0x90, 1, 3), type), body);
    }
}
