'use client'

import { useId, useRef, useState } from 'react'

import { Button } from '@/components/ui/button'

type InvitationLinkProps = {
  link: string
}

/**
 * The invitation link in a read-only field with a copy button. Without a mail
 * server the person inviting passes the link on, so copying must be easy and
 * must say that it worked.
 */
export function InvitationLink({ link }: InvitationLinkProps) {
  const inputId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [copyStatus, setCopyStatus] = useState('')

  async function copy() {
    try {
      // navigator.clipboard exists only in secure contexts (https or localhost).
      if (!navigator.clipboard) throw new Error('Clipboard unavailable')
      await navigator.clipboard.writeText(link)
      setCopyStatus('Copied')
    } catch {
      inputRef.current?.select()
      setCopyStatus('Could not copy: the link is selected, press Ctrl+C (⌘C on a Mac) to copy it.')
    }
  }

  return (
    <div>
      <label htmlFor={inputId} className="block text-sm font-medium text-slate-800">
        Invitation link
      </label>
      <div className="mt-1.5 flex flex-col gap-2 sm:flex-row">
        <input
          ref={inputRef}
          id={inputId}
          type="text"
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className="block h-10 w-full min-w-0 rounded-ui border border-slate-300 bg-slate-50 px-3 font-mono text-sm text-slate-900"
        />
        <Button onClick={copy}>Copy link</Button>
      </div>
      <p aria-live="polite" className="mt-1.5 min-h-5 text-sm font-medium text-emerald-800">
        {copyStatus}
      </p>
    </div>
  )
}
