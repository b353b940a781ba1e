//! Types stored by the deposit-lock pallet and taken by its calls.

use super::*;
use frame_support::traits::fungible::Inspect;

pub(crate) type BalanceOf<T> =
	<<T as Config>::Currency as Inspect<<T as frame_system::Config>::AccountId>>::Balance;
/// The id of a program.
pub type ProgramId = u32;
/// The id of a deposit.
pub type DepositId = u32;
/// The most tiers a program may have.
pub const MAX_TIERS: u32 = 8;
/// A program's tiers.
pub type TiersOf<T> = BoundedVec<Tier<BlockNumberFor<T>>, ConstU32<MAX_TIERS>>;
/// A stored program.
pub type ProgramOf<T> = Program<<T as frame_system::Config>::AccountId, BalanceOf<T>, TiersOf<T>>;
/// A stored deposit.
pub type DepositOf<T> =
	Deposit<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

use minix_primitives::stored;

stored! {
	/// What a program takes deposits of.
	#[derive(Copy)]
	pub enum DepositToken {
		/// Mini Point: principals are held, the pool is MINI.
		#[codec(index = 0)]
		Mini,
		/// An MST (pallet-assets id): principals are escrowed in place, the pool holds the MST.
		#[codec(index = 1)]
		Mst(u32),
	}
}

stored! {
	/// A deposit term: lock for `period` blocks, earn `rate` of the principal (per period, not
	/// per year).
	#[derive(Copy)]
	pub struct Tier<BlockNumber> {
		/// Blocks from deposit to maturity.
		pub period: BlockNumber,
		/// The reward as a fraction of the principal, rounded down.
		pub rate: Perbill,
	}
}

stored! {
	/// A deposit program of one token.
	pub struct Program<AccountId, Balance, Tiers> {
		/// The token deposited and paid.
		pub token: DepositToken,
		/// Who opened it (`None`: governance, for MINI).
		pub owner: Option<AccountId>,
		/// The terms on offer.
		pub tiers: Tiers,
		/// Pool funds not yet promised to a deposit.
		pub available: Balance,
		/// Pool funds promised to open deposits.
		pub reserved: Balance,
		/// Principals of open deposits.
		pub principal: Balance,
		/// Whether it takes new deposits.
		pub open: bool,
	}
}

stored! {
	/// An open deposit.
	pub struct Deposit<AccountId, Balance, BlockNumber> {
		/// Its program.
		pub program: ProgramId,
		/// Who deposited (and alone may withdraw).
		pub owner: AccountId,
		/// The amount locked.
		pub principal: Balance,
		/// The reward, reserved from the pool when the deposit was made.
		pub reward: Balance,
		/// The block of the deposit.
		pub deposited_at: BlockNumber,
		/// The first block in which it can be withdrawn.
		pub matures_at: BlockNumber,
	}
}
