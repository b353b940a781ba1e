//! End to end against one `minix-node --dev` with subxt: blocks are produced and finalized,
//! transfers move exactly amount + fee, bad transactions are rejected with their errors.

use crate::common::{fee_paid, finalized_number, free_balance, DevNode, Error};
use std::time::Duration;
use subxt::{
	dynamic::Value,
	tx::{SubmittableTransaction, TransactionInvalid, ValidationResult},
	utils::AccountId32,
};
use subxt_signer::sr25519::{dev, Keypair};

const MINI: u128 = 10_000_000_000;

fn transfer(to: &AccountId32, amount: u128) -> subxt::tx::DynamicPayload {
	subxt::dynamic::tx(
		"Balances",
		"transfer_keep_alive",
		vec![Value::unnamed_variant("Id", [Value::from_bytes(to.0)]), Value::u128(amount)],
	)
}

fn account(k: &Keypair) -> AccountId32 {
	k.public_key().into()
}

/// One node serves all scenarios (a node start is the expensive part); each is a step.
#[tokio::test(flavor = "multi_thread")]
async fn dev_node_end_to_end() -> Result<(), Error> {
	DevNode::scenario(run_scenarios).await
}

async fn run_scenarios(node: &DevNode) -> Result<(), Error> {
	let api = node.client().await?;
	let rpc = node.rpc().await?;

	// Chain identity and properties.
	let version = api.runtime_version();
	assert!(version.spec_version >= 100);
	let props = rpc.system_properties().await?;
	assert_eq!(props.get("tokenSymbol").and_then(|v| v.as_str()), Some("MINI"));
	assert_eq!(props.get("tokenDecimals").and_then(|v| v.as_u64()), Some(10));
	let ss58 = api.constants().at(&subxt::dynamic::constant("System", "SS58Prefix"))?;
	assert_eq!(
		props.get("ss58Format").and_then(|v| v.as_u64()),
		ss58.to_value()?.as_u128().map(|v| v as u64)
	);

	// The transaction extensions: wallets' CheckMetadataHash, then pallet-revive's origin switch
	// for Ethereum transactions and the weight refund, both empty in the signed payload.
	let exts: Vec<String> = api
		.metadata()
		.extrinsic()
		.transaction_extensions_by_version(0)
		.ok_or("no v0 transaction extensions")?
		.map(|e| e.identifier().to_string())
		.collect();
	assert_eq!(
		exts[exts.len().saturating_sub(3)..],
		["CheckMetadataHash", "EthSetOrigin", "WeightReclaim"],
		"{exts:?}"
	);

	// Blocks are produced and finalized.
	let mut finalized = api.blocks().subscribe_finalized().await?;
	let mut last = 0;
	while last < 2 {
		let block = tokio::time::timeout(Duration::from_secs(60), finalized.next())
			.await?
			.ok_or("finalized stream ended")??;
		last = block.number();
	}
	assert!(finalized_number(&rpc).await? >= 2);

	// A signed transfer Charlie -> Bob moves exactly amount (+ fee from Charlie). (Not from Alice:
	// she authors every dev block and gets a share of each fee back.)
	let (sender, bob) = (dev::charlie(), dev::bob());
	let amount = 3 * MINI + 12_345;
	let before = api.blocks().at_latest().await?.hash();
	let sender_before = free_balance(&api, before, &account(&sender)).await?;
	let bob_before = free_balance(&api, before, &account(&bob)).await?;
	let in_block = api
		.tx()
		.sign_and_submit_then_watch_default(&transfer(&account(&bob), amount), &sender)
		.await?
		.wait_for_finalized()
		.await?;
	let included = in_block.block_hash();
	let events = in_block.wait_for_success().await?;
	let fee = fee_paid(&events)?;
	assert!(fee > 0, "a transfer must pay a fee");
	let parent = api.blocks().at(included).await?.header().parent_hash;
	let sender_parent = free_balance(&api, parent, &account(&sender)).await?;
	let bob_parent = free_balance(&api, parent, &account(&bob)).await?;
	assert_eq!(
		free_balance(&api, included, &account(&sender)).await?,
		sender_parent - amount - fee
	);
	assert_eq!(free_balance(&api, included, &account(&bob)).await?, bob_parent + amount);
	assert_eq!(sender_parent, sender_before, "nothing else moved the sender's balance meanwhile");
	assert_eq!(bob_parent, bob_before);

	// The fee is quoted by payment_queryInfo for the same call.
	let signed = api
		.tx()
		.create_signed(&transfer(&account(&bob), amount), &sender, Default::default())
		.await?;
	let partial_fee = signed.partial_fee_estimate().await?;
	assert!(partial_fee > 0 && partial_fee.abs_diff(fee) <= fee / 10, "{partial_fee} vs {fee}");

	// A transaction with a bad signature is rejected by the pool.
	let mut bytes = signed.into_encoded();
	let prefix = compact_len(&bytes);
	// <len> 0x84 <0x00 + 32-byte AccountId> <0x01 + 64-byte sr25519 signature> ...
	bytes[prefix + 1 + 33 + 1 + 10] ^= 0xff;
	let forged = SubmittableTransaction::from_bytes(api.clone(), bytes);
	match forged.validate().await? {
		ValidationResult::Invalid(TransactionInvalid::BadProof) => {},
		other => panic!("a corrupted signature must be BadProof, got {other:?}"),
	}
	let err = forged.submit().await.expect_err("a corrupted signature must be rejected");
	assert!(err.to_string().contains("Invalid Transaction (1010)"), "{err}");

	// An account with no MINI cannot pay the fee: rejected by the pool, nothing included.
	let pauper = Keypair::from_uri(&"//NoMiniAtAll".parse()?)?;
	let unpayable = api
		.tx()
		.create_signed(&transfer(&account(&bob), MINI), &pauper, Default::default())
		.await?;
	match unpayable.validate().await? {
		ValidationResult::Invalid(TransactionInvalid::Payment) => {},
		other => panic!("an unfunded sender must be Payment-invalid, got {other:?}"),
	}
	let err = unpayable.submit().await.expect_err("an unfunded account cannot pay fees");
	assert!(err.to_string().contains("Invalid Transaction (1010)"), "{err}");

	// Overdrawing: the fee is paid, the transfer fails with FundsUnavailable, no MINI moves.
	let ferdie = dev::ferdie();
	let head = api.blocks().at_latest().await?.hash();
	let ferdie_balance = free_balance(&api, head, &account(&ferdie)).await?;
	let err = api
		.tx()
		.sign_and_submit_then_watch_default(&transfer(&account(&bob), ferdie_balance * 2), &ferdie)
		.await?
		.wait_for_finalized_success()
		.await
		.map(|_| ())
		.expect_err("overdrawing must fail");
	assert!(
		matches!(
			err,
			subxt::Error::Runtime(subxt::error::DispatchError::Token(
				subxt::error::TokenError::FundsUnavailable
			))
		),
		"{err:?}"
	);
	let head = api.blocks().at_latest().await?.hash();
	let ferdie_after = free_balance(&api, head, &account(&ferdie)).await?;
	assert!(
		ferdie_after < ferdie_balance && ferdie_balance - ferdie_after < MINI / 100,
		"only the fee"
	);
	Ok(())
}

/// Length in bytes of the SCALE compact length prefix at the start of `bytes`.
fn compact_len(bytes: &[u8]) -> usize {
	match bytes[0] & 0b11 {
		0b00 => 1,
		0b01 => 2,
		0b10 => 4,
		_ => 1 + (bytes[0] >> 2) as usize + 4,
	}
}
