//! What a visitor walks through: the items of a list, map or group, an enum's
//! choice, and a bare identifier.

use serde::de::{self, DeserializeSeed, Visitor};

use super::Declined;
use super::de::Deserializer;
use super::scan::Scanner;

/// How the keys before `:` are written.
#[derive(Clone, Copy)]
pub enum Keys {
    /// Values of the key type, as in a map `{ 1: … }`.
    Values,
    /// Field names, as in a group `( name: … )`.
    Identifiers,
}

/// Comma-separated items up to `close`, a trailing comma allowed.
pub struct Items<'a, 'de> {
    de: &'a mut Deserializer<'de>,
    close: u8,
    keys: Keys,
    had_comma: bool,
}

impl<'a, 'de> Items<'a, 'de> {
    pub fn new(de: &'a mut Deserializer<'de>, close: u8, keys: Keys) -> Items<'a, 'de> {
        Items {
            de,
            close,
            keys,
            had_comma: true,
        }
    }

    /// Whether another item follows; two items without a comma between are declined.
    fn has_item(&mut self) -> Result<bool, Declined> {
        match self.de.scan.peek() {
            Some(byte) if byte == self.close => Ok(false),
            Some(_) if self.had_comma => Ok(true),
            _ => Err(Declined),
        }
    }
}

impl<'de> de::SeqAccess<'de> for Items<'_, 'de> {
    type Error = Declined;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Declined> {
        if !self.has_item()? {
            return Ok(None);
        }
        let value = seed.deserialize(&mut *self.de)?;
        self.had_comma = self.de.scan.eat(b',');
        Ok(Some(value))
    }
}

impl<'de> de::MapAccess<'de> for Items<'_, 'de> {
    type Error = Declined;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Declined> {
        if !self.has_item()? {
            return Ok(None);
        }
        let key = match self.keys {
            Keys::Values => seed.deserialize(&mut *self.de)?,
            Keys::Identifiers => seed.deserialize(Identifier::new(&mut self.de.scan))?,
        };
        Ok(Some(key))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Declined> {
        self.de.scan.expect(b':')?;
        let value = seed.deserialize(&mut *self.de)?;
        self.had_comma = self.de.scan.eat(b',');
        Ok(value)
    }
}

/// An enum's choice: a bare word, with `( value )` for a choice that holds one.
pub struct Variant<'a, 'de> {
    de: &'a mut Deserializer<'de>,
}

impl<'a, 'de> Variant<'a, 'de> {
    pub fn new(de: &'a mut Deserializer<'de>) -> Variant<'a, 'de> {
        Variant { de }
    }
}

impl<'a, 'de> de::EnumAccess<'de> for Variant<'a, 'de> {
    type Error = Declined;
    type Variant = Variant<'a, 'de>;

    fn variant_seed<V: DeserializeSeed<'de>>(
        self,
        seed: V,
    ) -> Result<(V::Value, Variant<'a, 'de>), Declined> {
        let choice = seed.deserialize(Identifier::new(&mut self.de.scan))?;
        Ok((choice, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant<'_, 'de> {
    type Error = Declined;

    fn unit_variant(self) -> Result<(), Declined> {
        Ok(())
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Declined> {
        self.de.scan.expect(b'(')?;
        let value = self.de.nested(|de| seed.deserialize(de))?;
        self.de.scan.eat(b',');
        self.de.scan.expect(b')')?;
        Ok(value)
    }

    fn tuple_variant<V: Visitor<'de>>(
        self,
        _len: usize,
        _visitor: V,
    ) -> Result<V::Value, Declined> {
        Err(Declined)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        _visitor: V,
    ) -> Result<V::Value, Declined> {
        Err(Declined)
    }
}

/// A field name or an enum's choice; asked for anything else, it declines.
pub struct Identifier<'a, 'de> {
    scan: &'a mut Scanner<'de>,
}

impl<'a, 'de> Identifier<'a, 'de> {
    pub fn new(scan: &'a mut Scanner<'de>) -> Identifier<'a, 'de> {
        Identifier { scan }
    }
}

impl<'de> de::Deserializer<'de> for Identifier<'_, 'de> {
    type Error = Declined;

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Declined> {
        visitor.visit_borrowed_str(self.scan.word()?)
    }

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, Declined> {
        Err(Declined)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes
        byte_buf option unit unit_struct newtype_struct seq tuple tuple_struct map
        struct enum ignored_any
    }
}
