/** A neighbour's text with the run it shares with its query chunk marked. */
export function Highlighted({ text, start, length }: { text: string; start: number; length: number }) {
  if (length <= 0) return <code>{text}</code>;
  return (
    <code>
      {text.slice(0, start)}
      <mark>{text.slice(start, start + length)}</mark>
      {text.slice(start + length)}
    </code>
  );
}
