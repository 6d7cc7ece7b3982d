import { Fragment, type ReactNode } from 'react'

type InlineListProps = {
  items: { key: string | number; content: ReactNode }[]
  separator?: string
}

/** Items run on in a sentence ("paras 9, 12"), for links too short to stand as a list of their own. */
export function InlineList({ items, separator = ', ' }: InlineListProps) {
  return items.map((item, index) => (
    <Fragment key={item.key}>
      {index > 0 ? separator : null}
      {item.content}
    </Fragment>
  ))
}
