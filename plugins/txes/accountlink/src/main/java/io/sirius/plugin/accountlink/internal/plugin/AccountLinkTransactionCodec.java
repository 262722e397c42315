package io.sirius.plugin.accountlink.internal.plugin;

import io.sirius.api.codec.BinaryReader;
import io.sirius.api.codec.BinaryWriter;
import io.sirius.api.codec.DecodeException;
import io.sirius.api.model.PublicKey;
import io.sirius.api.plugin.TransactionCodec;
import io.sirius.plugin.accountlink.model.AccountLinkTransaction;
import io.sirius.plugin.accountlink.model.AccountLinkTypes;

/**
 * Reads and writes the Account_Link body, version 2: {@code RemoteAccountKey 32 | LinkAction u8}, 33 bytes. Any
 * action byte decodes; the action validator judges it, so a client learns {@code Failure_AccountLink_Invalid_Action}
 * rather than a parse error, as from Sirius.
 */
public final class AccountLinkTransactionCodec implements TransactionCodec<AccountLinkTransaction> {

    @Override
    public AccountLinkTransaction decode(BinaryReader body, int version) {
        requireKnown(version);
        PublicKey remote = PublicKey.of(body.readBytes(PublicKey.SIZE, "RemoteAccountKey"));
        return new AccountLinkTransaction(remote, body.readU8("LinkAction"));
    }

    @Override
    public void encode(AccountLinkTransaction transaction, BinaryWriter out, int version) {
        requireKnown(version);
        out.writeBytes(transaction.remoteAccountKey().bytes());
        out.writeU8(transaction.linkAction());
    }

    private static void requireKnown(int version) {
        if (version != AccountLinkTypes.ACCOUNT_LINK_VERSION) {
            throw new DecodeException("Account_Link version " + version + " has no known layout");
        }
    }
}
