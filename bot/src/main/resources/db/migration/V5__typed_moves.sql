-- A move Ducky made used to be one string, "MOVE cited,ids text", parsed back wherever it was read. The move and
-- the section ids it cited now have columns of their own, and text is only what Ducky said.
alter table incident_entry add column move varchar(40);
-- The cited section ids, one per line (an id never holds a line break); empty when the move cited nothing.
alter table incident_entry add column cited text;

-- Existing moves are split once, here: the move's name up to the first space, then the comma-separated ids up to
-- the second (nothing between the two spaces when nothing was cited), then the text. SET reads the row as it was.
update incident_entry
   set move = substring(text from 1 for position(' ' in text) - 1),
       text = substring(text from position(' ' in text) + 1)
 where kind = 'MOVE' and position(' ' in text) > 0;
update incident_entry set move = text, text = '' where kind = 'MOVE' and move is null;
update incident_entry
   set cited = replace(substring(text from 1 for position(' ' in text) - 1), ',', chr(10)),
       text = substring(text from position(' ' in text) + 1)
 where move is not null and position(' ' in text) > 0;
update incident_entry set cited = '' where move is not null and cited is null;

-- A move entry, and only a move entry, names its move.
alter table incident_entry add constraint incident_entry_move_named check ((kind = 'MOVE') = (move is not null));
