'use strict';
// Drives a running sirius-osgi node with the official TypeScript SDK, used exactly as a wallet uses it.
//
//   SIRIUS_URL=http://127.0.0.1:3000 SIRIUS_PRIVATE_KEY=<a funded devnet key> node e2e.js
//
// Every step prints one line; the first failure prints what was expected and exits with status 1.
// DistributionSmokeIT runs this against the shipped distribution; e2e-auth.js drives the authorization plugins.

const { firstValueFrom, timeout } = require('rxjs');
const { sdk, url, waitMs, requireKey, check, step, run } = require('./common');
const common = require('./common');

const privateKey = requireKey();

// The block of the mosaic definition, through BlockHttp.getBlockReceipts: the harvest fee of the block (source 0, 0)
// and the rental fee of the definition (its source: its position in the block, from 1). The rental fee statement's hash
// is computed here from the SDK's objects, as Sirius lays a statement out (version u32 1 | 0xE143 | source | each
// receipt as version u32 | type u16 | body), and its Merkle path (BlockHttp.getMerkleReceipts) must lead to the
// block header's blockReceiptsHash.
async function checkReceipts(blockHttp, defined, sender) {
    const { sha3_256 } = require('js-sha3');
    const height = defined.transactionInfo.height.compact();
    const statement = await firstValueFrom(blockHttp.getBlockReceipts(height));
    const block = await firstValueFrom(blockHttp.getBlockByHeight(height));
    const fees = statement.transactionStatements.filter(s => s.source.primaryId === 0 && s.source.secondaryId === 0);
    check(fees.length === 1 && fees[0].receipts.some(r => r.type === sdk.ReceiptType.Harvest_Fee
        && r.account.publicKey === block.signer.publicKey), 'a harvest fee receipt for the harvester in block ' + height);
    const source = defined.transactionInfo.index + 1;
    const own = statement.transactionStatements.find(s => s.source.primaryId === source && s.source.secondaryId === 0);
    const rental = own && own.receipts.find(r => r.type === sdk.ReceiptType.Mosaic_Rental_Fee);
    check(rental && rental.sender.publicKey === sender.publicKey, 'a mosaic rental fee receipt at source ' + source);
    const bytes = [];
    const u16 = v => bytes.push(v & 0xFF, (v >>> 8) & 0xFF);
    const u32 = v => { u16(v & 0xFFFF); u16(v >>> 16); };
    const u64 = n => { u32(n.lower >>> 0); u32(n.higher >>> 0); };
    const raw = a => bytes.push(...a);
    u32(1); u16(0xE143); u32(source); u32(0);
    for (const r of own.receipts) {
        check(r.type === sdk.ReceiptType.Mosaic_Rental_Fee, 'a receipt this check does not lay out: ' + r.type);
        u32(r.version); u16(r.type);
        raw(sdk.Convert.hexToUint8(r.sender.publicKey));
        raw(sdk.RawAddress.stringToAddress(r.recipient.plain()));
        u64(r.mosaicId.id);
        u64(r.amount);
    }
    let running = sha3_256(Uint8Array.from(bytes)).toUpperCase();
    const proof = await firstValueFrom(blockHttp.getMerkleReceipts(height, running));
    for (const item of proof.payload.merklePath) {
        const pair = item.position === 1 ? item.hash + running : running + item.hash;
        running = sha3_256(sdk.Convert.hexToUint8(pair)).toUpperCase();
    }
    check(running === block.blockReceiptsHash.toUpperCase(), 'the rental fee statement folds to ' + running
        + ', the header says ' + block.blockReceiptsHash);
    step('block/' + height + '/receipts: harvest fee, rental fee ' + rental.amount.compact()
        + ', its statement proven against blockReceiptsHash');
}

async function main() {
    const nodeHttp = new sdk.NodeHttp(url);
    const chainHttp = new sdk.ChainHttp(url);
    const blockHttp = new sdk.BlockHttp(url);
    const accountHttp = new sdk.AccountHttp(url);
    const transactionHttp = new sdk.TransactionHttp(url);
    const networkHttp = new sdk.NetworkHttp(url);

    const info = await firstValueFrom(nodeHttp.getNodeInfo());
    check(/^[0-9A-F]{64}$/.test(info.publicKey), 'node info has no public key: ' + JSON.stringify(info));
    step('node/info: ' + info.friendlyName + ' ' + info.publicKey);

    const networkType = await firstValueFrom(networkHttp.getNetworkType());
    check(networkType === sdk.NetworkType.MIJIN_TEST, 'network type ' + networkType + ', expected MIJIN_TEST');
    step('network: MIJIN_TEST');

    const height = await firstValueFrom(chainHttp.getBlockchainHeight());
    check(height.compact() >= 1, 'chain height ' + height.compact());
    step('chain/height: ' + height.compact());

    const nemesis = await firstValueFrom(blockHttp.getBlockByHeight(1));
    check(nemesis.height.compact() === 1, 'block 1 has height ' + nemesis.height.compact());
    check(nemesis.numTransactions >= 1, 'the nemesis block has no transactions');
    const generationHash = nemesis.generationHash;
    step('block/1: generation hash ' + generationHash + ', ' + nemesis.numTransactions + ' transactions');

    // The rest of the read-only surface, as the SDK parses it.
    const time = await firstValueFrom(nodeHttp.getNodeTime());
    check(time.sendTimeStamp && time.receiveTimeStamp, 'node time ' + JSON.stringify(time));
    const score = await firstValueFrom(chainHttp.getBlockchainScore());
    check(score.scoreLow.higher > 0 || score.scoreLow.lower > 0, 'chain score ' + JSON.stringify(score));
    const server = await firstValueFrom(new sdk.DiagnosticHttp(url).getServerInfo());
    check(/\d+\.\d+/.test(server.restVersion), 'server info ' + JSON.stringify(server));
    const config = await firstValueFrom(new sdk.ChainConfigHttp(url).getChainConfig(1));
    check(config.networkConfig.includes('[plugin:catapult.plugins.mosaic]')
        && config.supportedEntityVersions.includes('16724'), 'config at height 1');
    const blocks = await firstValueFrom(blockHttp.getBlocksByHeightWithLimit(1, sdk.LimitType.N_25));
    check(blocks.length >= 1 && blocks[0].height.compact() === 1, 'blocks from 1: ' + blocks.length);
    const names = await firstValueFrom(new sdk.NamespaceHttp(url).getNamespacesName([new sdk.NamespaceId('prx.xpx')]));
    check(names.length === 1 && names[0].name === 'xpx', 'names ' + JSON.stringify(names));
    const full = await firstValueFrom(new sdk.NamespaceService(new sdk.NamespaceHttp(url), chainHttp).namespace(new sdk.NamespaceId('prx.xpx')));
    check(full.name === 'prx.xpx', 'NamespaceService names it ' + full.name);
    step('node/time, chain/score, diagnostic/server, config/1, blocks, namespace names');

    const sender = sdk.Account.createFromPrivateKey(privateKey, networkType, 1);
    const senderInfo = await firstValueFrom(accountHttp.getAccountInfo(sender.address));
    check(senderInfo.mosaics.length >= 1, 'the sender owns no mosaic');
    const currency = senderInfo.mosaics[0];
    const senderBalance = currency.amount.compact();
    step('account/' + sender.address.plain() + ': ' + senderBalance + ' of ' + currency.id.toHex());

    // A brand-new recipient: its account exists only once the transfer confirms.
    const recipient = sdk.Account.generateNewAccount(networkType, 1);
    const listener = new sdk.Listener(url.replace(/^http/, 'ws'));
    await listener.open();
    step('websocket /ws: open');
    const announceAndConfirm = (signedTx, what) => common.announceAndConfirm(listener, networkType,
        tx => transactionHttp.announce(tx), signedTx, what);
    try {
        const blockSeen = firstValueFrom(listener.newBlock().pipe(timeout(waitMs)));
        const unconfirmedSeen = firstValueFrom(listener.unconfirmedAdded(recipient.address).pipe(timeout(waitMs)));
        const confirmedSeen = firstValueFrom(listener.confirmed(recipient.address).pipe(timeout(waitMs)));

        const amount = 1234567;
        const transfer = sdk.TransferTransaction.create(sdk.Deadline.create(), recipient.address,
            [new sdk.Mosaic(new sdk.MosaicId(currency.id.toHex()), sdk.UInt64.fromUint(amount))],
            sdk.PlainMessage.create('hello from tsjs-xpx-chain-sdk'), networkType, sdk.UInt64.fromUint(0));
        const signed = sender.sign(transfer, generationHash);
        const announced = await firstValueFrom(transactionHttp.announce(signed));
        check(/./.test(announced.message), 'announce gave no message');
        step('PUT /transactions: ' + signed.hash);

        const block = await blockSeen;
        step('listener block: ' + block.height.compact());
        const unconfirmed = await unconfirmedSeen;
        check(unconfirmed.transactionInfo.hash === signed.hash, 'unconfirmedAdded carried ' + unconfirmed.transactionInfo.hash);
        step('listener unconfirmedAdded: ' + signed.hash);
        const confirmed = await confirmedSeen;
        check(confirmed.transactionInfo.hash === signed.hash, 'confirmedAdded carried ' + confirmed.transactionInfo.hash);
        const confirmedHeight = confirmed.transactionInfo.height.compact();
        step('listener confirmedAdded: height ' + confirmedHeight);

        const status = await firstValueFrom(transactionHttp.getTransactionStatus(signed.hash));
        check(status.group === 'confirmed' && status.status === 'Success', 'status ' + JSON.stringify(status));
        step('transactionStatus: ' + status.group + ' ' + status.status);

        const fetched = await firstValueFrom(transactionHttp.getTransaction(signed.hash));
        check(fetched instanceof sdk.TransferTransaction, 'GET /transactions gave a ' + fetched.constructor.name);
        check(fetched.message.message === 'hello from tsjs-xpx-chain-sdk' && fetched.message.payload === transfer.message.payload,
            'message ' + JSON.stringify(fetched.message));
        check(fetched.mosaics[0].amount.compact() === amount, 'amount ' + fetched.mosaics[0].amount.compact());
        check(fetched.recipient.plain() === recipient.address.plain(), 'recipient ' + JSON.stringify(fetched.recipient));
        check(fetched.signer.publicKey === sender.publicKey, 'signer ' + fetched.signer.publicKey);
        step('transactions/confirmed: a TransferTransaction the SDK reads back field for field');

        const recipientInfo = await firstValueFrom(accountHttp.getAccountInfo(recipient.address));
        check(recipientInfo.mosaics[0].amount.compact() === amount, 'recipient holds ' + JSON.stringify(recipientInfo.mosaics));
        const after = await firstValueFrom(accountHttp.getAccountInfo(sender.address));
        check(after.publicKey === sender.publicKey, 'the sender public key is ' + after.publicKey);
        check(senderBalance - after.mosaics[0].amount.compact() === amount,
            'the sender paid ' + (senderBalance - after.mosaics[0].amount.compact()));
        step('balances: the recipient holds ' + amount + ', the sender paid ' + amount);

        // The currency by its alias, as wallets send it: prx.xpx resolves to the currency mosaic.
        const linked = await firstValueFrom(new sdk.NamespaceHttp(url).getLinkedMosaicId(new sdk.NamespaceId('prx.xpx')));
        check(linked.toHex() === currency.id.toHex(), 'prx.xpx is linked to ' + linked.toHex());
        step('namespace prx.xpx -> ' + linked.toHex());
        const byAlias = sender.sign(sdk.TransferTransaction.create(sdk.Deadline.create(), recipient.address,
            [sdk.NetworkCurrencyMosaic.createAbsolute(1000)], sdk.EmptyMessage, networkType, sdk.UInt64.fromUint(0)),
            generationHash);
        await announceAndConfirm(byAlias, 'transfer of prx.xpx');
        const afterAlias = await firstValueFrom(accountHttp.getAccountInfo(recipient.address));
        check(afterAlias.mosaics[0].amount.compact() === amount + 1000, 'recipient holds ' + JSON.stringify(afterAlias.mosaics));
        step('transfer of prx.xpx: the recipient holds ' + (amount + 1000));

        // A namespace and a mosaic of the sender's own, read back.
        const name = 'e2e' + Date.now().toString(36);
        const namespaceId = new sdk.NamespaceId(name);
        const nonce = sdk.MosaicNonce.createRandom();
        const mosaicId = sdk.MosaicId.createFromNonce(nonce, sender.publicAccount);
        await announceAndConfirm(sender.sign(sdk.RegisterNamespaceTransaction.createRootNamespace(sdk.Deadline.create(), name,
            sdk.UInt64.fromUint(1000), networkType, sdk.UInt64.fromUint(0)), generationHash), 'register namespace ' + name);
        const defined = await announceAndConfirm(sender.sign(sdk.MosaicDefinitionTransaction.create(sdk.Deadline.create(),
            nonce, mosaicId, sdk.MosaicProperties.create({ supplyMutable: true, transferable: true, divisibility: 2,
                duration: sdk.UInt64.fromUint(1000) }), networkType, sdk.UInt64.fromUint(0)), generationHash),
            'define mosaic ' + mosaicId.toHex());
        await checkReceipts(blockHttp, defined, sender);
        await announceAndConfirm(sender.sign(sdk.MosaicSupplyChangeTransaction.create(sdk.Deadline.create(), mosaicId,
            sdk.MosaicSupplyType.Increase, sdk.UInt64.fromUint(500000), networkType, sdk.UInt64.fromUint(0)), generationHash),
            'issue 500000 of ' + mosaicId.toHex());
        const namespace = await firstValueFrom(new sdk.NamespaceHttp(url).getNamespace(namespaceId));
        check(namespace.owner.publicKey === sender.publicKey && namespace.depth === 1 && namespace.isRoot(),
            'namespace ' + JSON.stringify({ owner: namespace.owner.publicKey, depth: namespace.depth }));
        const mosaicNames = await firstValueFrom(new sdk.MosaicHttp(url).getMosaicsNames([currency.id]));
        check(mosaicNames.length === 1 && mosaicNames[0].names.some(n => n.name === 'prx.xpx'), 'currency names '
            + JSON.stringify(mosaicNames.map(n => n.names)));
        const owned = await firstValueFrom(new sdk.NamespaceHttp(url).getNamespacesFromAccount(sender.address));
        check(owned.some(n => n.id.toHex() === namespaceId.toHex()), 'the sender owns ' + owned.length + ' namespaces');
        const mosaic = await firstValueFrom(new sdk.MosaicHttp(url).getMosaic(mosaicId));
        check(mosaic.supply.compact() === 500000 && mosaic.divisibility === 2 && mosaic.owner.publicKey === sender.publicKey,
            'mosaic ' + JSON.stringify({ supply: mosaic.supply.compact(), divisibility: mosaic.divisibility }));
        const holdings = await firstValueFrom(accountHttp.getAccountInfo(sender.address));
        check(holdings.mosaics.some(m => m.id.toHex() === mosaicId.toHex() && m.amount.compact() === 500000),
            'the sender holds ' + JSON.stringify(holdings.mosaics.map(m => [m.id.toHex(), m.amount.compact()])));
        step('namespace ' + name + ' and mosaic ' + mosaicId.toHex() + ' read back');

        // History: the recipient's only transaction, found by address, as incoming, and as the sender's outgoing.
        const incoming = await firstValueFrom(accountHttp.incomingTransactions(recipient.address));
        check(incoming.length === 2 && incoming[1].transactionInfo.hash === signed.hash
            && incoming[0].transactionInfo.hash === byAlias.hash,
            'incoming transactions (newest first) ' + incoming.map(t => t.transactionInfo.hash));
        const outgoingParams = new sdk.TransactionQueryParams();
        outgoingParams.pageSize = 10;
        outgoingParams.type = [sdk.TransactionType.TRANSFER];
        const outgoing = await firstValueFrom(accountHttp.outgoingTransactions(sender.publicAccount, outgoingParams));
        check(outgoing.length >= 2 && outgoing[0].transactionInfo.hash === byAlias.hash,
            'newest outgoing transfer ' + (outgoing[0] && outgoing[0].transactionInfo.hash));
        const page = await firstValueFrom(accountHttp.transactionsWithPagination(recipient.publicAccount || sender.publicAccount));
        check(page.pagination.totalEntries >= 1 && page.pagination.pageNumber === 1, 'pagination ' + JSON.stringify(page.pagination));
        const search = new sdk.TransactionQueryParams();
        search.height = confirmedHeight;
        const inBlock = await firstValueFrom(transactionHttp.searchTransactions(sdk.TransactionGroupType.CONFIRMED, search));
        check(inBlock.transactions.some(t => t.transactionInfo.hash === signed.hash), 'search by height missed the transfer');
        step('history: incoming, outgoing, paged and by height');

        const block2 = await firstValueFrom(blockHttp.getBlockByHeight(confirmedHeight));
        check(block2.numTransactions >= 1, 'block ' + confirmedHeight + ' lists no transaction');
        step('block/' + confirmedHeight + ': ' + block2.numTransactions + ' transactions');

        // A refusal reaches the wallet on the status channel: an empty account cannot pay.
        const broke = sdk.Account.generateNewAccount(networkType, 1);
        const statusSeen = firstValueFrom(listener.status(broke.address).pipe(timeout(waitMs)));
        const refused = sdk.TransferTransaction.create(sdk.Deadline.create(), recipient.address,
            [new sdk.Mosaic(new sdk.MosaicId(currency.id.toHex()), sdk.UInt64.fromUint(1))],
            sdk.EmptyMessage, networkType, sdk.UInt64.fromUint(0));
        const signedRefused = broke.sign(refused, generationHash);
        await firstValueFrom(transactionHttp.announce(signedRefused));
        const error = await statusSeen;
        check(error.hash === signedRefused.hash, 'status error for ' + error.hash);
        check(/^Failure_/.test(error.status), 'status ' + error.status);
        step('listener status: ' + error.status);
        const failed = await firstValueFrom(transactionHttp.getTransactionStatus(signedRefused.hash));
        check(failed.group === 'failed' && failed.status === error.status, 'status ' + JSON.stringify(failed));
        step('transactionStatus: failed ' + failed.status);

        // A forged signature is refused too. The byte changed lies in the signature's second half, which the
        // transaction hash does not cover, so the hash the wallet knows is the one the status names.
        const beforeForgery = await firstValueFrom(accountHttp.getAccountInfo(sender.address));
        const forgedStatus = firstValueFrom(listener.status(sender.address).pipe(timeout(waitMs)));
        const honest = sender.sign(sdk.TransferTransaction.create(sdk.Deadline.create(), recipient.address,
            [new sdk.Mosaic(new sdk.MosaicId(currency.id.toHex()), sdk.UInt64.fromUint(5))],
            sdk.EmptyMessage, networkType, sdk.UInt64.fromUint(0)), generationHash);
        const at = 8 + 64 + 10;
        const flipped = (parseInt(honest.payload[at], 16) ^ 1).toString(16).toUpperCase();
        const forged = new sdk.SignedTransaction(honest.payload.substring(0, at) + flipped + honest.payload.substring(at + 1),
            honest.hash, honest.signer, honest.type, honest.networkType);
        await firstValueFrom(transactionHttp.announce(forged));
        const forgedError = await forgedStatus;
        check(forgedError.hash === honest.hash, 'status error for ' + forgedError.hash);
        check(forgedError.status === 'Failure_Signature_Not_Verifiable', 'status ' + forgedError.status);
        step('listener status: ' + forgedError.status);
        const balanceAfterForgery = await firstValueFrom(accountHttp.getAccountInfo(sender.address));
        check(JSON.stringify(balanceAfterForgery.mosaics) === JSON.stringify(beforeForgery.mosaics),
            'the forged transfer moved funds');
        step('the forged transfer moved nothing');
    } finally {
        listener.close();
    }
}

run(main);
